package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.PacketCapture;
import io.netobs.http.NotFoundException;
import io.netobs.http.TransportException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketCapturesTest extends MockServerTest {
  private static final String PCAP = "application/vnd.tcpdump.pcap";

  private PacketCaptures captures;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    captures = new PacketCaptures(core);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    }
  }

  /** Records every progress call. */
  static final class Progress implements DownloadProgress {
    final List<Long> seen = new ArrayList<>();
    final List<OptionalLong> totals = new ArrayList<>();

    @Override
    public void progress(long bytesSoFar, OptionalLong totalBytes) {
      seen.add(bytesSoFar);
      totals.add(totalBytes);
    }
  }

  @Test
  void listDecodesMetadataAndKeepsUnknownFields() throws Exception {
    server.enqueue(
        json(
            """
        [{"id": 1, "name": "capture-1", "size": 2048, "mod_time": 1700000000000, "trigger": "t"},
         {"id": 2}]"""));

    List<PacketCapture> list = captures.list();

    assertThat(list).hasSize(2);
    assertThat(list.get(0).id()).isEqualTo(1);
    assertThat(list.get(0).name()).isEqualTo("capture-1");
    assertThat(list.get(0).size()).isEqualTo(2048);
    assertThat(list.get(0).unknownFields()).containsEntry("trigger", "t").containsKey("mod_time");
    assertThat(list.get(1).name()).isNull();
    assertThat(list.get(1).size()).isNull();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/packetcaptures");
  }

  @Test
  void downloadsTwentyMegabytesToAFileWithProgress() throws Exception {
    server.enqueue(Generated.response(SIZE, PCAP));
    Path target = dir.resolve("capture.pcap");
    Progress progress = new Progress();

    long bytes = captures.download(7, target, progress);

    assertThat(bytes).isEqualTo(SIZE);
    assertThat(Files.size(target)).isEqualTo(SIZE);
    assertThat(Generated.sha256(target)).isEqualTo(Generated.sha256(SIZE));
    assertThat(files()).containsExactly(target);
    assertThat(progress.seen.get(0)).isZero();
    assertThat(progress.seen.get(progress.seen.size() - 1)).isEqualTo(SIZE);
    assertThat(progress.seen).isSorted();
    assertThat(progress.totals).containsOnly(OptionalLong.of(SIZE));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/packetcaptures/7");
    assertThat(request.getHeaders().get("Accept")).startsWith(PCAP);
  }

  @Test
  void downloadsTwentyMegabytesToAStream() {
    server.enqueue(Generated.response(SIZE, PCAP));
    Generated.DigestStream out = new Generated.DigestStream();

    assertThat(captures.download(7, out)).isEqualTo(SIZE);

    assertThat(out.count).isEqualTo(SIZE);
    assertThat(out.sha256()).isEqualTo(Generated.sha256(SIZE));
  }

  @Test
  void aFailedDownloadLeavesNoPartialFileAndKeepsTheOldOne() throws Exception {
    Path target = dir.resolve("capture.pcap");
    Files.writeString(target, "old");
    for (int i = 0; i < 3; i++) {
      server.enqueue(Generated.brokenResponse(SIZE, PCAP));
    }
    Progress progress = new Progress();

    assertThatThrownBy(() -> captures.download(7, target, progress))
        .isInstanceOf(TransportException.class);

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(files()).containsExactly(target);
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(progress.seen).contains(0L);
  }

  @Test
  void aDownloadToAFileIsRetriedFromTheStartAfterABreak() throws Exception {
    server.enqueue(Generated.brokenResponse(SIZE, PCAP));
    server.enqueue(Generated.response(SIZE, PCAP));
    Path target = dir.resolve("capture.pcap");
    Progress progress = new Progress();

    assertThat(captures.download(7, target, progress)).isEqualTo(SIZE);

    assertThat(Generated.sha256(target)).isEqualTo(Generated.sha256(SIZE));
    assertThat(files()).containsExactly(target);
    assertThat(progress.seen.stream().filter(n -> n == 0L).count()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aDownloadToAStreamIsNotRetriedOnceBytesWereWritten() {
    server.enqueue(Generated.brokenResponse(SIZE, PCAP));
    server.enqueue(Generated.response(SIZE, PCAP));
    Generated.DigestStream out = new Generated.DigestStream();

    assertThatThrownBy(() -> captures.download(7, out))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("broke off after");

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(out.count).isPositive().isLessThan(SIZE);
  }

  @Test
  void aFailingCallerStreamIsNotRetried() {
    server.enqueue(Generated.response(1024 * 1024, PCAP));
    server.enqueue(Generated.response(1024 * 1024, PCAP));
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(() -> captures.download(7, broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anErrorAnswerWritesNoFile() throws Exception {
    server.enqueue(json(404, "{\"error_message\": \"no such capture\"}"));

    assertThatThrownBy(() -> captures.download(8, dir.resolve("x.pcap")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no such capture");
    assertThat(files()).isEmpty();
  }

  @Test
  void aListenerThatThrowsStopsTheDownloadAndLeavesNoFile() throws Exception {
    server.enqueue(Generated.response(SIZE, PCAP));

    assertThatThrownBy(
            () ->
                captures.download(
                    7,
                    dir.resolve("x.pcap"),
                    (n, total) -> {
                      if (n > 1024 * 1024) {
                        throw new IllegalStateException("cancelled");
                      }
                    }))
        .hasMessage("cancelled");
    assertThat(files()).isEmpty();
  }

  @Test
  void deleteSendsDelete() throws Exception {
    server.enqueue(TestCores.noContent());

    captures.delete(3);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/packetcaptures/3");
  }

  @Test
  void argumentsAreCheckedBeforeAnythingIsSent() throws Exception {
    Files.createDirectory(dir.resolve("sub"));
    assertThatThrownBy(() -> captures.download(0, new Generated.DigestStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> captures.download(1, dir.resolve("missing/x.pcap")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> captures.download(1, dir.resolve("sub")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a directory");
    assertThatThrownBy(() -> captures.download(1, (Path) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("target");
    assertThatThrownBy(() -> captures.delete(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
    assertThat(new String(new byte[0], StandardCharsets.UTF_8)).isEmpty();
  }
}
