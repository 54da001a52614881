package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The status of a Batch API operation ({@code GET /batch/{guid}/status}): how many parts arrived,
 * and the counters of what the server has applied so far. Missing counter objects read as zeros.
 *
 * @param customDimension the dimension whose populators the operation manages; null for a tag batch
 * @param guid the operation's id
 * @param isMultipart whether the operation has more than one part
 * @param isPending whether the server still has work queued for it
 * @param isComplete whether every part has been received and processed
 * @param numberOfParts the parts received so far
 * @param user who started the operation; null when the answer carried none
 * @param upserts upsert counters
 * @param deletes delete counters
 * @param replaceAll the outcome of {@code replace_all}
 * @param batchDate when the server received the operation's first part
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record BatchStatus(
    @JsonProperty("custom_dimension") @Nullable DimensionRef customDimension,
    @JsonProperty("guid") @Nullable String guid,
    @JsonProperty("is_multipart") boolean isMultipart,
    @JsonProperty("is_pending") boolean isPending,
    @JsonProperty("is_complete") boolean isComplete,
    @JsonProperty("number_of_parts") int numberOfParts,
    @JsonProperty("user") @Nullable UserRef user,
    @JsonProperty("upserts") Upserts upserts,
    @JsonProperty("deletes") Deletes deletes,
    @JsonProperty("replace_all") ReplaceAll replaceAll,
    @JsonProperty("batch_date") @Nullable Instant batchDate,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /**
   * Keeps the unknown fields; a missing {@code upserts}, {@code deletes} or {@code replace_all}
   * becomes an empty one (all counts 0).
   */
  public BatchStatus {
    upserts = upserts == null ? new Upserts(0, 0, 0, 0, 0) : upserts;
    deletes = deletes == null ? new Deletes(0, 0, 0, 0) : deletes;
    replaceAll = replaceAll == null ? new ReplaceAll(false, 0, true) : replaceAll;
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** The dimension, for a populator batch. */
  public Optional<DimensionRef> dimension() {
    return Optional.ofNullable(customDimension);
  }

  /**
   * The custom dimension a populator batch works on.
   *
   * @param id the dimension's id
   * @param name the dimension's name
   */
  public record DimensionRef(long id, @Nullable String name) {}

  /**
   * The user who started the operation.
   *
   * @param id the user's id
   * @param email the user's e-mail address
   */
  public record UserRef(long id, @Nullable String email) {}

  /**
   * Upsert counters so far.
   *
   * @param total the sum of the four others
   * @param applied values applied
   * @param invalid values found invalid
   * @param unchanged values that changed nothing
   * @param overLimit values ignored because they would exceed the contract's populator limit
   */
  public record Upserts(
      long total,
      long applied,
      long invalid,
      long unchanged,
      @JsonProperty("over_limit") long overLimit) {}

  /**
   * Delete counters so far.
   *
   * @param total the sum of the three others
   * @param applied values deleted
   * @param unchanged values whose deletion changed nothing
   * @param invalid values whose deletion was invalid
   */
  public record Deletes(long total, long applied, long unchanged, long invalid) {}

  /**
   * The outcome of {@code replace_all}.
   *
   * @param requested whether {@code replace_all} was requested
   * @param deletesPerformed values deleted because the operation did not include them
   * @param successful true unless something prevented those deletions
   */
  public record ReplaceAll(
      boolean requested,
      @JsonProperty("deletes_performed") long deletesPerformed,
      boolean successful) {}
}
