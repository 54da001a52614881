package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.ExtraHopJob;
import io.netobs.http.PollOptions;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Locations;
import io.netobs.http.internal.Poller;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Asynchronous jobs of the appliance ({@code /jobs}): firmware downloads and upgrades, and other
 * work that an operation starts and answers 202 for. Read their state, or wait for one to end.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * StartedJob download = client.system().firmware().downloadVersion(
 *     FirmwareVersionDownload.builder().version("26.3.1.100").build());
 * ExtraHopJob done = download.awaitCompletion(Duration.ofMinutes(30));
 * }</pre>
 */
public final class Jobs {
  private final HttpCore core;
  private final PollOptions polling;
  private final Poller.Timing timing;

  Jobs(HttpCore core) {
    this(core, PollOptions.defaults(), Poller.Timing.SYSTEM);
  }

  Jobs(HttpCore core, PollOptions polling, Poller.Timing timing) {
    this.core = Objects.requireNonNull(core, "core");
    this.polling = Objects.requireNonNull(polling, "polling");
    this.timing = Objects.requireNonNull(timing, "timing");
  }

  /**
   * A variant of this resource whose waits poll as {@code polling} says.
   *
   * @param polling the first interval, the longest interval and the overall timeout
   * @return the variant
   */
  public Jobs withPolling(PollOptions polling) {
    Checks.notNull(polling, "polling");
    return new Jobs(core, polling, timing);
  }

  /**
   * How {@link #awaitCompletion(String)} polls.
   *
   * @return the poll options
   */
  public PollOptions polling() {
    return polling;
  }

  /**
   * Every job the appliance knows: {@code GET /jobs}.
   *
   * @return the jobs
   */
  public List<ExtraHopJob> list() {
    return Crud.listAt(core, ExtraHopJob.class, "/jobs");
  }

  /**
   * One job: {@code GET /jobs/{id}}; a missing one throws {@link io.netobs.http.NotFoundException}.
   *
   * @param id the job's id, as the {@code Location} of the operation that started it ends
   * @return the job
   */
  public ExtraHopJob get(String id) {
    Checks.notBlank(id, "id");
    return Crud.getAt(core, ExtraHopJob.class, "/jobs/{}", id);
  }

  /**
   * Polls {@link #get(String)} with a growing wait until the job has ended, well or badly (see
   * {@link ExtraHopJob#isSucceeded()}), for at most this resource's {@link #polling()} timeout.
   *
   * @param id the job's id
   * @return the job's last state
   * @throws WaitTimeoutException when the job is still at work after the timeout
   * @throws java.util.concurrent.CancellationException when the thread is interrupted while waiting
   */
  public ExtraHopJob awaitCompletion(String id) {
    return await(id, polling);
  }

  /**
   * As {@link #awaitCompletion(String)}, for at most {@code timeout}.
   *
   * @param id the job's id
   * @param timeout how long to wait at most
   * @return the job's last state
   * @throws WaitTimeoutException when the job is still at work after {@code timeout}
   */
  public ExtraHopJob awaitCompletion(String id, Duration timeout) {
    Checks.notNull(timeout, "timeout");
    return await(id, polling.withTimeout(timeout));
  }

  ExtraHopJob await(String id, PollOptions options) {
    Checks.notBlank(id, "id");
    return Poller.until(
        options,
        timing,
        "GET",
        "/jobs/" + id,
        () -> get(id),
        ExtraHopJob::isFinished,
        job ->
            "the job is still "
                + (job.status() == null ? "running" : "\"" + job.status() + "\"")
                + (job.stepNumber() != null && job.totalSteps() != null
                    ? " (step " + job.stepNumber() + " of " + job.totalSteps() + ")"
                    : ""));
  }

  /**
   * Sends a request that starts a job and answers 202, and returns a handle on the job named by the
   * answer's {@code Location} (none when the answer names no job).
   */
  StartedJob start(ApiRequest request) {
    String id =
        core.execute(
            request,
            response -> {
              String location = response.header("Location");
              return location == null || location.isBlank()
                  ? null
                  : Locations.lastSegment(
                      location, response.method(), response.path(), response.status());
            });
    return new StartedJob(this, id);
  }

  @Override
  public String toString() {
    return "Jobs[" + polling + "]";
  }
}
