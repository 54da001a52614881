package io.netobs.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One operation of the Kentik Batch API: its parts so far and its counters. Guarded by the fake's
 * lock. Not part of the public API.
 */
final class BatchOperation {
  final String guid;

  /** Distinguishes the rules this operation upserted, for {@code replace_all}. */
  final int sequence;

  /** The dimension's id and name for populator batches; null for tag batches. */
  final Long dimensionId;

  final String dimensionName;
  final boolean replaceAll;
  final long batchDateMicros;
  int parts;
  boolean complete;
  int pendingPollsLeft;
  long upsertsApplied;
  long upsertsInvalid;
  long upsertsUnchanged;
  long upsertsOverLimit;
  long deletesApplied;
  long deletesUnchanged;
  long deletesInvalid;
  long replaceAllDeletes;

  BatchOperation(
      String guid,
      int sequence,
      Long dimensionId,
      String dimensionName,
      boolean replaceAll,
      long batchDateMicros) {
    this.guid = guid;
    this.sequence = sequence;
    this.dimensionId = dimensionId;
    this.dimensionName = dimensionName;
    this.replaceAll = replaceAll;
    this.batchDateMicros = batchDateMicros;
  }

  boolean isFor(Long otherDimensionId) {
    return dimensionId == null ? otherDimensionId == null : dimensionId.equals(otherDimensionId);
  }

  /**
   * The status object of Kentik's documented Batch Status Response; totals are the sums of their
   * parts.
   */
  ObjectNode status(long userId, String email, boolean pending) {
    ObjectNode status = Json.object();
    if (dimensionId != null) {
      status.putObject("custom_dimension").put("id", dimensionId).put("name", dimensionName);
    }
    status.put("guid", guid);
    status.put("is_multipart", parts > 1 || !complete);
    status.put("is_pending", pending);
    status.put("is_complete", complete && !pending);
    status.put("number_of_parts", parts);
    status.putObject("user").put("id", userId).put("email", email);
    status
        .putObject("upserts")
        .put("total", upsertsApplied + upsertsInvalid + upsertsUnchanged + upsertsOverLimit)
        .put("applied", upsertsApplied)
        .put("invalid", upsertsInvalid)
        .put("unchanged", upsertsUnchanged)
        .put("over_limit", upsertsOverLimit);
    status
        .putObject("deletes")
        .put("total", deletesApplied + deletesUnchanged + deletesInvalid)
        .put("applied", deletesApplied)
        .put("unchanged", deletesUnchanged)
        .put("invalid", deletesInvalid);
    status
        .putObject("replace_all")
        .put("requested", replaceAll)
        .put("deletes_performed", replaceAllDeletes)
        .put("successful", true);
    status.put("batch_date", IsoDates.formatTrimmed(batchDateMicros));
    return status;
  }
}
