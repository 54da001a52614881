package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Models;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One answer of a record search: {@code {"total", "records": [...], "cursor"?}}, and for a search
 * that groups records, {@code "aggregations": [...]}.
 *
 * @param total how many records match the whole search
 * @param records the records of this page
 * @param cursor where the next page starts; null when there is none
 * @param aggregations the groups of a search with {@code aggregations}; empty otherwise
 * @param unknownFields fields this SDK does not model, as the server sent them
 */
public record RecordPage(
    @JsonProperty("total") long total,
    @JsonProperty("records") List<StoredRecord> records,
    @JsonProperty("cursor") @Nullable String cursor,
    @JsonProperty("aggregations") List<RecordGroup> aggregations,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public RecordPage {
    records = Models.copy(records);
    aggregations = Models.copy(aggregations);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** The cursor of the next page, when there may be one. */
  public Optional<String> nextCursor() {
    return cursor == null || cursor.isEmpty() ? Optional.empty() : Optional.of(cursor);
  }
}
