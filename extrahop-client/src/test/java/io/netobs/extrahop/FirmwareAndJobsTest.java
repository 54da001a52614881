package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.ExtraHopJob;
import io.netobs.extrahop.model.FirmwareImage;
import io.netobs.extrahop.model.FirmwareRelease;
import io.netobs.extrahop.model.JobStatus;
import io.netobs.extrahop.request.FirmwareUpgrade;
import io.netobs.extrahop.request.FirmwareUrlDownload;
import io.netobs.extrahop.request.FirmwareVersionDownload;
import io.netobs.http.BadRequestException;
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

/** Firmware operations and the jobs they start, on the wire. */
class FirmwareAndJobsTest extends MockServerTest {
  private TestClock clock;
  private Jobs jobs;
  private Firmware firmware;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    clock = new TestClock();
    jobs = new Jobs(core, PollOptions.defaults(), new Poller.Timing(clock, clock::sleep));
    firmware = new Firmware(core, jobs);
  }

  private static MockResponse accepted(String location) {
    MockResponse.Builder response = new MockResponse.Builder().code(202);
    if (location != null) {
      response.addHeader("Location", location);
    }
    return response.build();
  }

  private RecordedRequest sent(String method, String target, String body) throws Exception {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(pathAndQuery(request)).isEqualTo(target);
    assertThat(request.getBody() == null ? "" : request.getBody().utf8()).isEqualTo(body);
    return request;
  }

  @Test
  void downloadsSendTheirBodiesAndReturnTheJobOfTheLocation() throws Exception {
    server.enqueue(accepted("/api/v1/jobs/7f3a"));
    server.enqueue(accepted("https://eh.example.com/api/v1/jobs/8"));

    StartedJob fromUrl =
        firmware.downloadFromUrl(
            FirmwareUrlDownload.builder()
                .firmwareUrl("https://downloads.example.com/fw.tar")
                .force(false)
                .upgrade(true)
                .build());
    StartedJob fromCloud =
        firmware.downloadVersion(FirmwareVersionDownload.builder().version("26.3.1.1010").build());

    assertThat(fromUrl.jobId()).contains("7f3a");
    assertThat(fromCloud.jobId()).contains("8");
    assertThat(fromUrl).hasToString("StartedJob[7f3a]");
    sent(
        "POST",
        "/api/v1/extrahop/firmware/download/url",
        "{\"firmware_url\":\"https://downloads.example.com/fw.tar\",\"force\":false,\"upgrade\":true}");
    sent("POST", "/api/v1/extrahop/firmware/download/version", "{\"version\":\"26.3.1.1010\"}");
  }

  @Test
  void upgradeAndRollbackStartJobsAndAreNeverRetried() throws Exception {
    server.enqueue(accepted("/api/v1/jobs/1"));
    server.enqueue(accepted("/api/v1/jobs/2"));
    server.enqueue(accepted(null));
    server.enqueue(json(503, "{\"error_message\": \"busy\"}"));

    assertThat(firmware.upgradeToLatest().jobId()).contains("1");
    assertThat(
            firmware
                .upgradeToLatest(
                    FirmwareUpgrade.builder().force(true).restartAfter(true).silent(false).build())
                .jobId())
        .contains("2");
    StartedJob rollback = firmware.rollback();
    assertThatThrownBy(firmware::rollback).isInstanceOf(ServerErrorException.class);

    assertThat(rollback.jobId()).isEmpty();
    assertThatThrownBy(rollback::status)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no job");
    sent("POST", "/api/v1/extrahop/firmware/latest/upgrade", "{}");
    sent(
        "POST",
        "/api/v1/extrahop/firmware/latest/upgrade",
        "{\"force\":true,\"restart_after\":true,\"silent\":false}");
    sent("POST", "/api/v1/extrahop/firmware/previous/rollback", "");
    sent("POST", "/api/v1/extrahop/firmware/previous/rollback", "");
    assertThat(server.getRequestCount()).as("the failed rollback is not sent again").isEqualTo(4);
  }

  @Test
  void uploadsStreamTheImageAndReadWhatTheApplianceAnswers() throws Exception {
    Path image = Generated.file(dir.resolve("fw.tar"), SIZE);
    server.enqueue(json(201, "{\"version\": \"26.3.1.1010\", \"checksum\": \"ab12\"}"));
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Length", "0").build());

    FirmwareImage fromFile = firmware.upload(image);
    FirmwareImage fromStream =
        firmware.upload(new ByteArrayInputStream("image".getBytes(StandardCharsets.UTF_8)), 5);

    assertThat(fromFile.version()).isEqualTo("26.3.1.1010");
    assertThat(fromFile.unknownFields()).containsEntry("checksum", "ab12");
    assertThat(fromStream.version()).as("an empty 201 is a success too").isNull();
    RecordedRequest file = server.takeRequest();
    assertThat(pathAndQuery(file)).isEqualTo("/api/v1/extrahop/firmware");
    assertThat(file.getHeaders().get("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(file.getHeaders().get("Content-Length")).isEqualTo(String.valueOf(SIZE));
    Generated.DigestStream received = new Generated.DigestStream();
    file.getBody().write(received);
    assertThat(received.sha256()).isEqualTo(Generated.sha256(SIZE));
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("image");
  }

  @Test
  void availableAndPreviousVersionsDecodeKeepingUnknownFields() throws Exception {
    server.enqueue(
        json(
            "[{\"release\": \"26.3\", \"current_release\": false, \"versions\": [\"26.3.1.1010\","
                + " \"26.3.0.980\"]}, {\"current_release\": true, \"versions\": []}]"));
    server.enqueue(json("{\"version\": \"9.5.3.1650\", \"date\": 1700000000000}"));

    List<FirmwareRelease> releases = firmware.available();
    assertThat(releases.get(0).versions()).containsExactly("26.3.1.1010", "26.3.0.980");
    assertThat(releases.get(0).currentRelease()).isFalse();
    assertThat(releases.get(0).unknownFields()).containsEntry("release", "26.3");
    assertThat(releases.get(1).currentRelease()).isTrue();
    assertThat(firmware.previous().unknownFields()).containsEntry("date", 1700000000000L);
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/extrahop/firmware/next");
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/extrahop/firmware/previous");
  }

  @Test
  void aRefusedDownloadCarriesTheServiceMessage() {
    server.enqueue(json(400, "{\"error_message\": \"Version 1.0 is not available\"}"));

    assertThatThrownBy(
            () ->
                firmware.downloadVersion(FirmwareVersionDownload.builder().version("1.0").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Version 1.0 is not available");
  }

  @Test
  void jobsDecodeKeepingUnknownStatesAndFields() throws Exception {
    server.enqueue(
        json(
            "[{\"id\": \"1\", \"type\": \"firmware_download\", \"status\": \"RUNNING\","
                + " \"step_number\": 1, \"total_steps\": 3, \"step_description\": \"Downloading\","
                + " \"progress\": 33}, {\"id\": 2, \"status\": \"done\"}]"));
    server.enqueue(json("{\"id\": \"3\", \"status\": \"TIMEOUT\"}"));

    List<ExtraHopJob> list = jobs.list();
    ExtraHopJob timedOut = jobs.get("3");

    assertThat(list.get(0).status().isKnown()).isFalse();
    assertThat(list.get(0).status().value()).isEqualTo("RUNNING");
    assertThat(list.get(0).isFinished()).isFalse();
    assertThat(list.get(0).totalSteps()).isEqualTo(3);
    assertThat(list.get(0).unknownFields()).containsEntry("progress", 33);
    assertThat(list.get(1).id()).isEqualTo("2");
    assertThat(list.get(1).status()).isEqualTo(JobStatus.DONE);
    assertThat(list.get(1).isSucceeded()).isTrue();
    assertThat(timedOut.isFinished()).isTrue();
    assertThat(timedOut.isSucceeded()).isFalse();
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/jobs");
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/jobs/3");
  }

  @Test
  void aStartedJobIsAwaitedWithAGrowingInterval() throws Exception {
    server.enqueue(accepted("/api/v1/jobs/5"));
    server.enqueue(json("{\"id\": \"5\", \"status\": \"QUEUED\"}"));
    server.enqueue(json("{\"id\": \"5\", \"status\": \"RUNNING\", \"step_number\": 2}"));
    server.enqueue(json("{\"id\": \"5\", \"status\": \"RUNNING\", \"step_number\": 3}"));
    server.enqueue(json("{\"id\": \"5\", \"status\": \"DONE\"}"));

    ExtraHopJob done =
        firmware
            .downloadVersion(FirmwareVersionDownload.builder().version("26.3.1.1010").build())
            .awaitCompletion(Duration.ofMinutes(5));

    assertThat(done.isSucceeded()).isTrue();
    assertThat(clock.sleeps())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
    server.takeRequest();
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/jobs/5");
  }

  @Test
  void aFailedJobEndsTheWait() {
    server.enqueue(json("{\"id\": \"5\", \"status\": \"FAILED\", \"error\": \"checksum\"}"));

    ExtraHopJob failed = jobs.awaitCompletion("5");

    assertThat(failed.isFinished()).isTrue();
    assertThat(failed.isSucceeded()).isFalse();
    assertThat(failed.unknownFields()).containsEntry("error", "checksum");
  }

  @Test
  void aWaitGivesUpAfterTheTimeoutKeepingTheLastState() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(
          json(
              "{\"id\": \"5\", \"status\": \"RUNNING\", \"step_number\": 1, \"total_steps\":"
                  + " 4}"));
    }

    assertThatThrownBy(
            () ->
                jobs.withPolling(PollOptions.defaults().withTimeout(Duration.ofSeconds(1)))
                    .awaitCompletion("5"))
        .isInstanceOfSatisfying(
            WaitTimeoutException.class,
            e ->
                assertThat(e.lastState(ExtraHopJob.class))
                    .get()
                    .extracting(ExtraHopJob::stepNumber)
                    .isEqualTo(1))
        .hasMessageContaining("/jobs/5")
        .hasMessageContaining("still \"RUNNING\" (step 1 of 4)");
    assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void anInterruptedWaitIsCancelledAndTheInterruptFlagIsSetAgain() {
    server.enqueue(json("{\"id\": \"5\", \"status\": \"RUNNING\"}"));
    Jobs interrupted =
        new Jobs(
            core,
            PollOptions.defaults(),
            new Poller.Timing(
                clock,
                d -> {
                  throw new InterruptedException("stop");
                }));
    try {
      assertThatThrownBy(() -> interrupted.awaitCompletion("5", Duration.ofMinutes(1)))
          .isInstanceOf(CancellationException.class)
          .hasMessageContaining("/jobs/5");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertThatThrownBy(() -> FirmwareUrlDownload.builder().upgrade(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FirmwareUrlDownload: firmware_url is required");
    assertThatThrownBy(() -> FirmwareVersionDownload.builder().version(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version");
    assertThatThrownBy(() -> firmware.downloadFromUrl(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("download");
    assertThatThrownBy(() -> firmware.upload(dir.resolve("missing.tar")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("image");
    assertThatThrownBy(() -> jobs.get(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThat(server.getRequestCount()).isZero();
  }
}
