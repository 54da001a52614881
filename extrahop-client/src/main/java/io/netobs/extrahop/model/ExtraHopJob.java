package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An asynchronous job of the appliance ({@code GET /jobs}, {@code GET /jobs/{id}}), such as a
 * firmware download or upgrade.
 *
 * @param id the job's id
 * @param type what the job does, as the appliance names it
 * @param status where the job stands
 * @param stepNumber the step the job is at, when it says
 * @param totalSteps how many steps the job has, when it says
 * @param stepDescription what the current step does, when it says
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ExtraHopJob(
    @JsonProperty("id") @Nullable String id,
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("status") @Nullable JobStatus status,
    @JsonProperty("step_number") @Nullable Integer stepNumber,
    @JsonProperty("total_steps") @Nullable Integer totalSteps,
    @JsonProperty("step_description") @Nullable String stepDescription,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ExtraHopJob {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * Whether the job has ended, well or badly.
   *
   * @return true when the status is final
   */
  @JsonIgnore
  public boolean isFinished() {
    return status != null && status.isFinal();
  }

  /**
   * Whether the job has ended well.
   *
   * @return true when the status is {@link JobStatus#DONE}
   */
  @JsonIgnore
  public boolean isSucceeded() {
    return JobStatus.DONE.equals(status);
  }
}
