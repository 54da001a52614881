package io.netobs.extrahop;

import io.netobs.extrahop.model.ExtraHopJob;
import io.netobs.http.PollOptions;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * A job that an operation started (a firmware download, upgrade or rollback): the appliance
 * answered 202 and goes on in the background. Read its state, or wait for it to end; the wait polls
 * {@code GET /jobs/{id}} with a growing interval, as {@link PollOptions} describes. Immutable and
 * thread-safe.
 *
 * <p>Some firmware answers without naming a job; then {@link #jobId()} is empty and there is
 * nothing to wait for.
 */
public final class StartedJob {
  private final Jobs jobs;
  private final String id;

  StartedJob(Jobs jobs, String id) {
    this.jobs = jobs;
    this.id = id;
  }

  /**
   * The job's id, from the {@code Location} of the answer; empty when the answer named no job.
   *
   * @return the id, if any
   */
  public Optional<String> jobId() {
    return Optional.ofNullable(id);
  }

  /**
   * The job's state now: {@code GET /jobs/{id}}.
   *
   * @return the job
   * @throws IllegalStateException when the answer named no job
   */
  public ExtraHopJob status() {
    return jobs.get(requireId());
  }

  /**
   * Waits until the job has ended, well or badly, for at most the {@link Jobs#polling()} timeout of
   * the resource that started it.
   *
   * @return the job's last state; see {@link ExtraHopJob#isSucceeded()}
   * @throws WaitTimeoutException when the job is still at work after the timeout
   * @throws IllegalStateException when the answer named no job
   */
  public ExtraHopJob awaitCompletion() {
    return jobs.awaitCompletion(requireId());
  }

  /**
   * As {@link #awaitCompletion()}, for at most {@code timeout}.
   *
   * @param timeout how long to wait at most
   * @return the job's last state
   * @throws WaitTimeoutException when the job is still at work after {@code timeout}
   */
  public ExtraHopJob awaitCompletion(Duration timeout) {
    Checks.notNull(timeout, "timeout");
    return jobs.awaitCompletion(requireId(), timeout);
  }

  /**
   * As {@link #awaitCompletion()}, polling as {@code polling} says.
   *
   * @param polling the first interval, the longest interval and the overall timeout
   * @return the job's last state
   * @throws WaitTimeoutException when the job is still at work after the timeout
   */
  public ExtraHopJob awaitCompletion(PollOptions polling) {
    Checks.notNull(polling, "polling");
    return jobs.await(requireId(), polling);
  }

  private String requireId() {
    if (id == null) {
      throw new IllegalStateException(
          "the appliance named no job for this operation (its answer had no Location)");
    }
    return id;
  }

  @Override
  public String toString() {
    return "StartedJob[" + (id == null ? "no job id" : id) + "]";
  }
}
