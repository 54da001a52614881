package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.SupportPack;
import io.netobs.extrahop.model.SupportPackStatus;
import io.netobs.http.PollOptions;
import io.netobs.http.ServerErrorException;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.Poller;
import io.netobs.testing.TestClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportPacksTest extends MockServerTest {
  private TestClock clock;
  private SupportPacks packs;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    clock = new TestClock();
    packs = new SupportPacks(core, PollOptions.defaults(), new Poller.Timing(clock, clock::sleep));
  }

  private static MockResponse accepted(String location) {
    return new MockResponse.Builder().code(202).addHeader("Location", location).build();
  }

  @Test
  void listDecodesFiles() throws Exception {
    server.enqueue(json("[{\"filename\": \"diag-1.tgz\", \"size\": 100, \"created\": 1}]"));

    List<SupportPack> list = packs.list();

    assertThat(list)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.filename()).isEqualTo("diag-1.tgz");
              assertThat(p.size()).isEqualTo(100);
              assertThat(p.unknownFields()).containsEntry("created", 1);
            });
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/supportpacks");
  }

  @Test
  void executeRunsTheDefaultPackAndReturnsTheQueueId() throws Exception {
    server.enqueue(accepted("/api/v1/supportpacks/queue/7"));

    assertThat(packs.execute()).isEqualTo("7");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/supportpacks/execute");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void executeStreamsAFileOrAStream() throws Exception {
    Path file = Generated.file(dir.resolve("fix.expk"), SIZE);
    server.enqueue(accepted("/api/v1/supportpacks/queue/8"));
    server.enqueue(accepted("/api/v1/supportpacks/queue/9"));

    assertThat(packs.execute(file)).isEqualTo("8");
    assertThat(packs.execute(new ByteArrayInputStream("pack".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("9");

    RecordedRequest fromFile = server.takeRequest();
    assertThat(pathAndQuery(fromFile)).isEqualTo("/api/v1/supportpacks/execute");
    assertThat(fromFile.getHeaders().get("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(fromFile.getHeaders().get("Content-Length")).isEqualTo(String.valueOf(SIZE));
    Generated.DigestStream received = new Generated.DigestStream();
    fromFile.getBody().write(received);
    assertThat(received.sha256()).isEqualTo(Generated.sha256(SIZE));
    RecordedRequest fromStream = server.takeRequest();
    assertThat(fromStream.getBody().utf8()).isEqualTo("pack");
  }

  @Test
  void executeIsNotRetried() throws Exception {
    Path file = Generated.file(dir.resolve("fix.expk"), 10);
    server.enqueue(json(500, "{\"error_message\": \"failed\"}"));

    assertThatThrownBy(() -> packs.execute(file)).isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void statusDecodesTheRun() throws Exception {
    server.enqueue(json("{\"status\": \"running\", \"output\": \"step 1\"}"));
    server.enqueue(json("{\"state\": \"DONE\", \"filename\": \"diag-2.tgz\", \"rc\": 0}"));

    SupportPackStatus running = packs.status("7");
    SupportPackStatus done = packs.status("7");

    assertThat(running.isFinished()).isFalse();
    assertThat(running.unknownFields()).containsEntry("output", "step 1");
    assertThat(done.status()).isEqualTo("DONE");
    assertThat(done.isFinished()).isTrue();
    assertThat(done.isSucceeded()).isTrue();
    assertThat(done.isFailed()).isFalse();
    assertThat(done.filename()).isEqualTo("diag-2.tgz");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/supportpacks/queue/7");
  }

  @Test
  void awaitCompletionPollsWithBackoffUntilDone() {
    server.enqueue(json("{\"status\": \"queued\"}"));
    server.enqueue(json("{\"status\": \"running\"}"));
    server.enqueue(json("{\"status\": \"running\"}"));
    server.enqueue(json("{\"status\": \"done\", \"filename\": \"d.tgz\"}"));

    SupportPackStatus status = packs.awaitCompletion("7", Duration.ofMinutes(1));

    assertThat(status.isSucceeded()).isTrue();
    assertThat(status.filename()).isEqualTo("d.tgz");
    assertThat(clock.sleeps())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void awaitCompletionReturnsAFailedRun() {
    server.enqueue(json("{\"status\": \"running\"}"));
    server.enqueue(json("{\"status\": \"failed\", \"output\": \"bad pack\"}"));

    SupportPackStatus status =
        packs
            .withPolling(PollOptions.defaults().withTimeout(Duration.ofSeconds(10)))
            .awaitCompletion("7");

    assertThat(status.isFailed()).isTrue();
    assertThat(status.isSucceeded()).isFalse();
  }

  @Test
  void awaitCompletionGivesUpAfterTheTimeout() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(json("{\"status\": \"running\"}"));
    }

    assertThatThrownBy(() -> packs.awaitCompletion("7", Duration.ofSeconds(1)))
        .isInstanceOfSatisfying(
            WaitTimeoutException.class,
            e -> assertThat(e.waited()).isEqualTo(Duration.ofSeconds(1)))
        .hasMessageContaining("/supportpacks/queue/7")
        .hasMessageContaining("still \"running\"");
    assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aTimeoutKeepsTheLastStatusSeen() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(json("{\"status\": \"running\"}"));
    }

    assertThatThrownBy(() -> packs.awaitCompletion("7", Duration.ofSeconds(1)))
        .isInstanceOfSatisfying(
            WaitTimeoutException.class,
            e -> {
              assertThat(e.lastState(SupportPackStatus.class))
                  .get()
                  .extracting(SupportPackStatus::status)
                  .isEqualTo("running");
              assertThat(e.lastState(String.class)).isEmpty();
            });
  }

  @Test
  void anInterruptedWaitIsCancelledAndTheInterruptFlagIsSetAgain() {
    server.enqueue(json("{\"status\": \"running\"}"));
    SupportPacks interrupted =
        new SupportPacks(
            core,
            PollOptions.defaults(),
            new Poller.Timing(
                clock,
                d -> {
                  throw new InterruptedException("stop");
                }));
    try {
      assertThatThrownBy(() -> interrupted.awaitCompletion("7", Duration.ofMinutes(1)))
          .isInstanceOf(CancellationException.class)
          .hasCauseInstanceOf(InterruptedException.class)
          .hasMessageContaining("/supportpacks/queue/7");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void downloadStreamsAFileByName() throws Exception {
    server.enqueue(Generated.response(SIZE, "application/gzip"));
    server.enqueue(Generated.response(1000, "application/gzip"));
    Path target = dir.resolve("diag.tgz");

    assertThat(packs.download("diag 1.tgz", target, (n, total) -> {})).isEqualTo(SIZE);
    Generated.DigestStream out = new Generated.DigestStream();
    assertThat(packs.download("diag-1.tgz", out)).isEqualTo(1000);

    assertThat(Generated.sha256(target)).isEqualTo(Generated.sha256(SIZE));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/supportpacks/diag%201.tgz");
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/supportpacks/diag-1.tgz");
  }

  @Test
  void argumentsAreCheckedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> packs.status(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queueId");
    assertThatThrownBy(() -> packs.awaitCompletion("7", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> packs.download("", new Generated.DigestStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filename");
    assertThatThrownBy(() -> packs.execute(dir.resolve("missing.expk")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("supportPack");
    assertThat(server.getRequestCount()).isZero();
  }
}
