package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netobs.extrahop.model.ExtraHopJob;
import io.netobs.http.PollOptions;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Poller;
import io.netobs.testing.TestClock;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The jobs resource and the handle of a started job: the reads, the waits and what they say. */
class JobsTest extends MockServerTest {
  private static final String RUNNING = "{\"id\": \"5\", \"status\": \"RUNNING\"}";
  private static final String DONE = "{\"id\": \"5\", \"status\": \"DONE\"}";

  private TestClock clock;
  private Jobs jobs;

  @BeforeEach
  void start() {
    clock = new TestClock();
    jobs = new Jobs(core, PollOptions.defaults(), new Poller.Timing(clock, clock::sleep));
  }

  private StartedJob started(String location) {
    MockResponse.Builder accepted = new MockResponse.Builder().code(202);
    if (location != null) {
      accepted.addHeader("Location", location);
    }
    server.enqueue(accepted.build());
    return jobs.start(ApiRequest.post("/extrahop/firmware/latest/upgrade").build());
  }

  private static PollOptions timeout(Duration timeout) {
    return PollOptions.defaults().withTimeout(timeout);
  }

  @Test
  void listAndGetReadTheJobs() throws Exception {
    server.enqueue(json("[{\"id\": \"5\", \"status\": \"DONE\"}, {\"id\": \"6\"}]"));
    server.enqueue(json(DONE));
    assertThat(jobs.list()).extracting(ExtraHopJob::id).containsExactly("5", "6");
    assertThat(jobs.get("5").isSucceeded()).isTrue();
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/jobs");
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/jobs/5");
  }

  @Test
  void aStartedJobReadsAndAwaitsItsOwnJob() throws Exception {
    StartedJob job = started("/api/v1/jobs/5");
    server.enqueue(json(RUNNING));
    server.enqueue(json(RUNNING));
    server.enqueue(json(DONE));

    assertThat(job.status().isFinished()).isFalse();
    assertThat(job.awaitCompletion().isSucceeded()).isTrue();

    server.takeRequest();
    for (int i = 0; i < 3; i++) {
      assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/jobs/5");
    }
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(200));
  }

  @Test
  void eachWaitOfAStartedJobKeepsToItsOwnTimeout() {
    StartedJob job = started("/api/v1/jobs/5");
    for (int i = 0; i < 30; i++) {
      server.enqueue(json(RUNNING));
    }

    assertThatThrownBy(() -> job.awaitCompletion(Duration.ofMillis(700)))
        .isInstanceOf(WaitTimeoutException.class);
    assertThat(clock.slept()).isEqualTo(Duration.ofMillis(700));

    assertThatThrownBy(() -> job.awaitCompletion(timeout(Duration.ofMillis(300))))
        .isInstanceOf(WaitTimeoutException.class);
    assertThat(clock.slept()).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void theTimeoutOfTheResourceHoldsForItsWaits() {
    Jobs quick = jobs.withPolling(timeout(Duration.ofMillis(600)));
    for (int i = 0; i < 30; i++) {
      server.enqueue(json(RUNNING));
    }

    assertThat(quick.polling().timeout()).isEqualTo(Duration.ofMillis(600));
    assertThat(jobs.polling().timeout()).isEqualTo(PollOptions.defaults().timeout());
    assertThat(quick).hasToString("Jobs[" + quick.polling() + "]");
    assertThatThrownBy(() -> quick.awaitCompletion("5")).isInstanceOf(WaitTimeoutException.class);
    assertThat(clock.slept()).isEqualTo(Duration.ofMillis(600));
  }

  /** The message of a wait of 1 ms on a job that answers {@code state} twice. */
  private String timeoutMessage(String state) {
    server.enqueue(json(state));
    server.enqueue(json(state));
    WaitTimeoutException e =
        assertThrows(
            WaitTimeoutException.class, () -> jobs.awaitCompletion("5", Duration.ofMillis(1)));
    return e.getMessage();
  }

  @Test
  void aTimeoutSaysWhereTheJobStandsAsFarAsItIsKnown() {
    assertThat(timeoutMessage("{\"id\": \"5\"}"))
        .contains("the job is still running")
        .doesNotContain("(step");
    assertThat(timeoutMessage("{\"id\": \"5\", \"status\": \"RUNNING\", \"step_number\": 2}"))
        .contains("the job is still \"RUNNING\"")
        .doesNotContain("(step");
    assertThat(timeoutMessage("{\"id\": \"5\", \"status\": \"RUNNING\", \"total_steps\": 4}"))
        .doesNotContain("(step");
    assertThat(
            timeoutMessage(
                "{\"id\": \"5\", \"status\": \"RUNNING\", \"step_number\": 2, \"total_steps\": 4}"))
        .contains("the job is still \"RUNNING\" (step 2 of 4)");
  }

  @Test
  void anAnswerWithoutAJobLeavesNothingToWaitFor() {
    StartedJob none = started(null);
    StartedJob blank = started(" ");
    for (StartedJob job : new StartedJob[] {none, blank}) {
      assertThat(job.jobId()).isEmpty();
      assertThat(job).hasToString("StartedJob[no job id]");
      assertThatThrownBy(job::status)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the appliance named no job for this operation (its answer had no Location)");
      assertThatThrownBy(job::awaitCompletion).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> job.awaitCompletion(Duration.ofSeconds(1)))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> job.awaitCompletion(PollOptions.defaults()))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void badArgumentsAreRefusedBeforeSending() {
    StartedJob job = started("/api/v1/jobs/5");
    assertThatThrownBy(() -> job.awaitCompletion((Duration) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> job.awaitCompletion((PollOptions) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("polling");
    assertThatThrownBy(() -> jobs.awaitCompletion("5", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> jobs.withPolling(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("polling");
    assertThatThrownBy(() -> jobs.awaitCompletion(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
