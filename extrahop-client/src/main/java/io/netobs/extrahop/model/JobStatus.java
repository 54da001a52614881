package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The state of an asynchronous job ({@code GET /jobs/{id}}). Open: a state this release does not
 * know (a job still at work says so in its own words) is kept, with {@link #isKnown()} false.
 */
public final class JobStatus extends ExtensibleEnum {
  /** The job has finished well. */
  public static final JobStatus DONE = new JobStatus("DONE", true);

  /** The job has failed. */
  public static final JobStatus FAILED = new JobStatus("FAILED", true);

  /** The job took longer than the appliance allows and was given up. */
  public static final JobStatus TIMEOUT = new JobStatus("TIMEOUT", true);

  private static final JobStatus[] KNOWN = {DONE, FAILED, TIMEOUT};

  private JobStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The status for a value, compared without regard to case; an unknown value is kept as sent.
   *
   * @param value the status as the appliance wrote it
   * @return the status
   */
  @JsonCreator
  public static JobStatus of(String value) {
    String normalized = normalize(value);
    for (JobStatus known : KNOWN) {
      if (normalize(known.value()).equals(normalized)) {
        return known;
      }
    }
    return new JobStatus(value, false);
  }

  /**
   * Whether the job has ended, well or badly ({@link #DONE}, {@link #FAILED} or {@link #TIMEOUT}).
   *
   * @return true when the job will not change any more
   */
  public boolean isFinal() {
    return isKnown();
  }
}
