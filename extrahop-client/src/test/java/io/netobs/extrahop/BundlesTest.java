package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.bodyTree;
import static io.netobs.extrahop.TestCores.created;
import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static io.netobs.extrahop.TestCores.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.Bundle;
import io.netobs.extrahop.model.BundlePolicy;
import io.netobs.extrahop.request.BundleApplyOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.ServerErrorException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundlesTest extends MockServerTest {
  private Bundles bundles;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    bundles = new Bundles(core);
  }

  @Test
  void listDecodesMetadata() throws Exception {
    server.enqueue(
        json(
            """
        [{"id": 3, "name": "Solution", "description": "d", "built_in": true, "created_time": 1700000000000, "author": "x"}]"""));

    List<Bundle> list = bundles.list();

    assertThat(list)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.id()).isEqualTo(3);
              assertThat(b.name()).isEqualTo("Solution");
              assertThat(b.description()).isEqualTo("d");
              assertThat(b.builtIn()).isTrue();
              assertThat(b.createdTime()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
              assertThat(b.unknownFields()).containsEntry("author", "x");
            });
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/bundles");
  }

  @Test
  void exportAsTextToAStreamAndToAFile() throws Exception {
    server.enqueue(json("{\"triggers\": [], \"name\": \"b\"}"));
    server.enqueue(Generated.response(SIZE, "application/json"));
    server.enqueue(Generated.response(SIZE, "application/json"));

    assertThat(bundles.exportText(5)).isEqualTo("{\"triggers\": [], \"name\": \"b\"}");
    Generated.DigestStream out = new Generated.DigestStream();
    assertThat(bundles.export(5, out)).isEqualTo(SIZE);
    assertThat(out.sha256()).isEqualTo(Generated.sha256(SIZE));
    Path target = dir.resolve("bundle.json");
    assertThat(bundles.export(5, target)).isEqualTo(SIZE);
    assertThat(Generated.sha256(target)).isEqualTo(Generated.sha256(SIZE));

    for (int i = 0; i < 3; i++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(pathAndQuery(request)).isEqualTo("/api/v1/bundles/5");
      assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }
  }

  @Test
  void uploadStreamsAFileAndReturnsTheIdFromLocation() throws Exception {
    Path file = Generated.file(dir.resolve("bundle.json"), SIZE);
    server.enqueue(created("/api/v1/bundles/42"));

    assertThat(bundles.upload(file)).isEqualTo(42);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/bundles");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getHeaders().get("Content-Length")).isEqualTo(String.valueOf(SIZE));
    assertThat(request.getBodySize()).isEqualTo(SIZE);
    Generated.DigestStream received = new Generated.DigestStream();
    request.getBody().write(received);
    assertThat(received.sha256()).isEqualTo(Generated.sha256(SIZE));
  }

  @Test
  void uploadFromAStreamIsSentChunkedAndClosesTheStream() throws Exception {
    byte[] bundle = "{\"name\": \"from a stream\"}".getBytes(StandardCharsets.UTF_8);
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(bundle) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    server.enqueue(created("/api/v1/bundles/43"));
    server.enqueue(created("https://eh.example/api/v1/bundles/44/"));

    assertThat(bundles.upload(in)).isEqualTo(43);
    assertThat(bundles.upload(new ByteArrayInputStream(bundle), bundle.length)).isEqualTo(44);

    assertThat(closed).isTrue();
    RecordedRequest chunked = server.takeRequest();
    assertThat(chunked.getHeaders().get("Transfer-Encoding")).isEqualTo("chunked");
    assertThat(bodyTree(chunked)).isEqualTo(tree("{\"name\": \"from a stream\"}"));
    RecordedRequest sized = server.takeRequest();
    assertThat(sized.getHeaders().get("Content-Length")).isEqualTo(String.valueOf(bundle.length));
  }

  @Test
  void uploadsAreNotRetriedAndNeedALocation() throws Exception {
    Path file = Files.writeString(dir.resolve("b.json"), "{}");
    server.enqueue(json(503, "{\"error_message\": \"busy\"}"));
    server.enqueue(new MockResponse.Builder().code(201).build());

    assertThatThrownBy(() -> bundles.upload(file)).isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThatThrownBy(() -> bundles.upload(file))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("Location");
  }

  @Test
  void applySendsTheOptions() throws Exception {
    server.enqueue(created("/api/v1/bundles/5/apply"));
    server.enqueue(TestCores.noContent());
    server.enqueue(TestCores.noContent());

    bundles.apply(
        5,
        BundleApplyOptions.builder()
            .policy(BundlePolicy.SKIP)
            .includeAssignments(true)
            .nodeIds(1, 2)
            .build());
    bundles.apply(5, BundleApplyOptions.builder().policy(BundlePolicy.OVERWRITE).build());
    bundles.apply(5, BundleApplyOptions.builder().policy(BundlePolicy.SKIP).build());

    RecordedRequest first = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(first)).isEqualTo("/api/v1/bundles/5/apply");
    assertThat(bodyTree(first))
        .isEqualTo(
            tree("{\"include_assignments\": true, \"policy\": \"skip\", \"node_ids\": [1, 2]}"));
    assertThat(bodyTree(server.takeRequest()))
        .isEqualTo(tree("{\"include_assignments\": false, \"policy\": \"overwrite\"}"));
    assertThat(bodyTree(server.takeRequest()))
        .isEqualTo(tree("{\"include_assignments\": false, \"policy\": \"skip\"}"));
  }

  @Test
  void deleteSendsDelete() throws Exception {
    server.enqueue(TestCores.noContent());

    bundles.delete(9);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/bundles/9");
  }

  @Test
  void argumentsAreCheckedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> bundles.upload(dir.resolve("missing.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bundleJson")
        .hasMessageContaining("not a readable file");
    assertThatThrownBy(() -> bundles.upload(dir)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> bundles.upload(new ByteArrayInputStream(new byte[0]), -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length");
    assertThatThrownBy(() -> bundles.upload((InputStream) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> bundles.apply(5, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("options");
    assertThatThrownBy(() -> BundleApplyOptions.builder().includeAssignments(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("policy is required");
    assertThatThrownBy(() -> BundleApplyOptions.builder().nodeIds(3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nodeIds[1]");
    assertThatThrownBy(() -> bundles.exportText(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> bundles.delete(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(BundlePolicy.of("OverWrite")).isSameAs(BundlePolicy.OVERWRITE);
    assertThat(BundlePolicy.of("merge").isKnown()).isFalse();
    assertThat(server.getRequestCount()).isZero();
  }
}
