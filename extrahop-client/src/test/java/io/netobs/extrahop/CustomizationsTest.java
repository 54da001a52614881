package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.bodyTree;
import static io.netobs.extrahop.TestCores.created;
import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static io.netobs.extrahop.TestCores.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.Customization;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomizationsTest extends MockServerTest {
  private Customizations backups;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    backups = new Customizations(core);
  }

  @Test
  void listAndGetDecodeBackups() throws Exception {
    server.enqueue(
        json(
            """
        [{"id": 1, "name": "nightly", "auto": true, "recovered": false, "create_time": 1700000000000, "size": 12}]"""));
    server.enqueue(
        json("{\"id\": 2, \"name\": \"manual\", \"create_time\": \"2026-01-02T03:04:05Z\"}"));

    List<Customization> list = backups.list();
    Customization one = backups.get(2);

    assertThat(list)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo(1);
              assertThat(c.name()).isEqualTo("nightly");
              assertThat(c.auto()).isTrue();
              assertThat(c.recovered()).isFalse();
              assertThat(c.createTime()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
              assertThat(c.unknownFields()).containsEntry("size", 12);
            });
    assertThat(one.createTime()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(one.auto()).isNull();
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/customizations");
    RecordedRequest get = server.takeRequest();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(get)).isEqualTo("/api/v1/customizations/2");
  }

  @Test
  void createPostsTheNameAndReadsTheIdFromLocation() throws Exception {
    server.enqueue(created("/api/v1/customizations/12"));

    assertThat(backups.create("before upgrade")).isEqualTo(12);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/customizations");
    assertThat(bodyTree(request)).isEqualTo(tree("{\"name\": \"before upgrade\"}"));
  }

  @Test
  void downloadPostsAndStreamsToAFileWithProgressRetryingAServerError() throws Exception {
    server.enqueue(json(503, "{\"error_message\": \"busy\"}"));
    server.enqueue(Generated.response(SIZE, "application/octet-stream"));
    Path target = dir.resolve("backup.bin");
    List<Long> seen = new ArrayList<>();

    assertThat(backups.download(3, target, (n, total) -> seen.add(n))).isEqualTo(SIZE);

    assertThat(Generated.sha256(target)).isEqualTo(Generated.sha256(SIZE));
    assertThat(seen.get(seen.size() - 1)).isEqualTo(SIZE);
    assertThat(server.getRequestCount()).isEqualTo(2);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/customizations/3/download");
    assertThat(request.getHeaders().get("Accept")).contains("application/octet-stream");
  }

  @Test
  void downloadToAStreamAndAFailedFileDownloadLeavesNothing() throws Exception {
    server.enqueue(Generated.response(1024 * 1024, "application/octet-stream"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(Generated.brokenResponse(SIZE, "application/octet-stream"));
    }
    Generated.DigestStream out = new Generated.DigestStream();

    assertThat(backups.download(3, out)).isEqualTo(1024 * 1024);
    assertThat(out.sha256()).isEqualTo(Generated.sha256(1024 * 1024));
    assertThatThrownBy(() -> backups.download(3, dir.resolve("backup.bin")))
        .isInstanceOf(TransportException.class);
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void applyIsOnePostNeverRetried() throws Exception {
    server.enqueue(json(503, "{\"error_message\": \"busy\"}"));
    server.enqueue(created("/api/v1/customizations/3/apply"));

    assertThatThrownBy(() -> backups.apply(3)).isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    backups.apply(3);

    server.takeRequest();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/customizations/3/apply");
  }

  @Test
  void deleteSendsDelete() throws Exception {
    server.enqueue(TestCores.noContent());

    backups.delete(4);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/customizations/4");
  }

  @Test
  void argumentsAreCheckedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> backups.create(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> backups.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> backups.get(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> backups.apply(-3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> backups.download(3, (OutputStream) null))
        .isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
