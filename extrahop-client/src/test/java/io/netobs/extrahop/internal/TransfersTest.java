package io.netobs.extrahop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.DownloadProgress;
import io.netobs.http.ApiTimeoutException;
import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.TransportException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transfers on their own, against MockWebServer: answers without content, chunked answers,
 * small text answers, and the checks of upload sources.
 */
class TransfersTest {
  private final MockWebServer server = new MockWebServer();
  private HttpCore core;
  @TempDir Path dir;

  @BeforeEach
  void start() throws IOException {
    server.start();
    core =
        HttpCore.create(
            server.url("/api/v1").toString(),
            Auth.extraHopApiKey("k"),
            CoreOptions.builder().build(),
            d -> {},
            () -> 0.5);
  }

  @AfterEach
  void stop() {
    core.close();
    server.close();
  }

  /** Records every progress call as "bytes/total". */
  private static final class Progress implements DownloadProgress {
    final List<String> calls = new ArrayList<>();

    @Override
    public void progress(long bytesSoFar, OptionalLong totalBytes) {
      calls.add(bytesSoFar + "/" + (totalBytes.isPresent() ? totalBytes.getAsLong() : "?"));
    }
  }

  private static ApiRequest get() {
    return ApiRequest.get("/packets/search").build();
  }

  private static MockResponse bytes(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  private static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    }
  }

  @Test
  void aStreamGetsNothingFromANoContentAnswerAndTheBodyOtherwise() {
    server.enqueue(noContent());
    server.enqueue(bytes("abc"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress progress = new Progress();

    assertThat(Transfers.downloadUnlessNoContent(core, get(), out, progress)).isEmpty();
    assertThat(out.size()).isZero();
    assertThat(progress.calls).isEmpty();

    assertThat(Transfers.downloadUnlessNoContent(core, get(), out, progress)).hasValue(3);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("abc");
    assertThat(progress.calls).containsExactly("0/3", "3/3");
  }

  @Test
  void aFileIsNeitherCreatedNorReplacedByANoContentAnswer() throws Exception {
    Path target = dir.resolve("packets.pcap");
    server.enqueue(noContent());
    assertThat(Transfers.downloadUnlessNoContent(core, get(), target, DownloadProgress.NONE))
        .isEmpty();
    assertThat(files()).isEmpty();

    Files.writeString(target, "old");
    server.enqueue(noContent());
    assertThat(Transfers.downloadUnlessNoContent(core, get(), target, DownloadProgress.NONE))
        .isEmpty();
    assertThat(files()).containsExactly(target);
    assertThat(Files.readString(target)).isEqualTo("old");

    server.enqueue(bytes("new bytes"));
    assertThat(Transfers.downloadUnlessNoContent(core, get(), target, DownloadProgress.NONE))
        .hasValue(9);
    assertThat(files()).containsExactly(target);
    assertThat(Files.readString(target)).isEqualTo("new bytes");
  }

  @Test
  void aPlainDownloadOfANoContentAnswerWritesAnEmptyFile() throws Exception {
    Path target = dir.resolve("empty.bin");
    server.enqueue(noContent());
    assertThat(Transfers.download(core, get(), target, DownloadProgress.NONE)).isZero();
    assertThat(files()).containsExactly(target);
    assertThat(Files.size(target)).isZero();
  }

  @Test
  void aChunkedAnswerHasNoKnownTotal() {
    server.enqueue(new MockResponse.Builder().code(200).chunkedBody("abcdef", 2).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress progress = new Progress();

    assertThat(Transfers.download(core, get(), out, progress)).isEqualTo(6);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("abcdef");
    assertThat(progress.calls).first().isEqualTo("0/?");
    assertThat(progress.calls).last().isEqualTo("6/?");
  }

  @Test
  void textIsTheWholeAnswerAsUtf8() {
    server.enqueue(bytes("héllo wörld"));
    assertThat(Transfers.text(core, get())).isEqualTo("héllo wörld");
  }

  @Test
  void uploadSourcesAreChecked() throws Exception {
    Path file = Files.writeString(dir.resolve("pack.tgz"), "x");
    ApiRequest request =
        Transfers.postFile("/supportpacks", file, "supportPack", "application/gzip");
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.body()).isEqualTo(new ApiRequest.FileBody(file, "application/gzip"));
    assertThat(Transfers.readableFile(file, "f")).isSameAs(file);
    assertThatThrownBy(() -> Transfers.postFile("/supportpacks", dir, "supportPack", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("supportPack " + dir + " is not a readable file");
    assertThatThrownBy(() -> Transfers.readableFile(null, "supportPack"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("supportPack");

    ByteArrayInputStream in = new ByteArrayInputStream(new byte[3]);
    assertThat(((ApiRequest.StreamBody) Transfers.postStream("/x", in, -1, "b").body()).length())
        .isEqualTo(-1);
    assertThat(((ApiRequest.StreamBody) Transfers.postStream("/x", in, 0, "b").body()).length())
        .isZero();
    assertThatThrownBy(() -> Transfers.postStream("/x", in, -2, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("length must be -1 (unknown) or >= 0, was -2");
    assertThatThrownBy(() -> Transfers.postStream("/x", null, 1, "b"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("in");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void downloadsCheckTheirArgumentsBeforeSending() {
    assertThatThrownBy(
            () ->
                Transfers.download(core, get(), (java.io.OutputStream) null, DownloadProgress.NONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("out");
    assertThatThrownBy(() -> Transfers.download(core, get(), new ByteArrayOutputStream(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("progress");
    assertThatThrownBy(
            () ->
                Transfers.downloadUnlessNoContent(
                    core, get(), (java.io.OutputStream) null, DownloadProgress.NONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("out");
    assertThatThrownBy(
            () -> Transfers.downloadUnlessNoContent(core, get(), new ByteArrayOutputStream(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("progress");
    assertThatThrownBy(() -> Transfers.download(core, get(), dir.resolve("x"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("progress");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theCallersStreamIsFlushedAndAnEmptyAnswerHasATotalOfZero() {
    server.enqueue(bytes("abc"));
    server.enqueue(bytes(""));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    BufferedOutputStream buffered = new BufferedOutputStream(sink, 1024);
    Progress progress = new Progress();

    assertThat(Transfers.download(core, get(), buffered, progress)).isEqualTo(3);
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("abc");

    assertThat(Transfers.download(core, get(), buffered, progress)).isZero();
    assertThat(progress.calls).containsExactly("0/3", "3/3", "0/0");
  }

  @Test
  void aStreamDownloadBrokenOffAfterItsFirstBytesIsATransportFailureNotATimeout() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("x".repeat(256 * 1024))
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> Transfers.download(core, get(), out, DownloadProgress.NONE))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("broke off after");
    assertThat(out.size()).isPositive();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aStreamDownloadThatStallsAfterItsFirstBytesIsATimeout() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("x".repeat(256 * 1024))
            .onResponseBody(SocketEffect.Stall.INSTANCE)
            .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (HttpCore impatient =
        core.withOptions(CoreOptions.builder().readTimeout(Duration.ofMillis(300)).build())) {
      assertThatThrownBy(() -> Transfers.download(impatient, get(), out, DownloadProgress.NONE))
          .isExactlyInstanceOf(ApiTimeoutException.class)
          .hasMessageContaining("broke off after");
    }
    assertThat(out.size()).isPositive();
  }

  @Test
  void aContentLengthThatIsNotANumberGivesNoTotal() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("hello")
            .setHeader("Content-Length", "abc")
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress progress = new Progress();

    assertThat(Transfers.download(core, get(), out, progress)).isEqualTo(5);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello");
    assertThat(progress.calls).containsExactly("0/?", "5/?");
  }

  @Test
  void aStreamDownloadThatRunsOutOfItsCallTimeoutAfterItsFirstBytesIsATimeout() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("x".repeat(256 * 1024))
            .onResponseBody(SocketEffect.Stall.INSTANCE)
            .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // The call timeout ends the read with InterruptedIOException("timeout"), not a socket timeout.
    try (HttpCore impatient =
        core.withOptions(
            CoreOptions.builder()
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofMillis(300))
                .build())) {
      assertThatThrownBy(() -> Transfers.download(impatient, get(), out, DownloadProgress.NONE))
          .isExactlyInstanceOf(ApiTimeoutException.class)
          .hasMessageContaining("broke off after")
          .hasCauseExactlyInstanceOf(InterruptedIOException.class);
    }
    assertThat(out.size()).isPositive();
  }
}
