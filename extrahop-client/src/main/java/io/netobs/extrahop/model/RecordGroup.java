package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.FieldReads;
import io.netobs.extrahop.internal.Models;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One group of an aggregated record search: the values of the grouping fields shared by the group's
 * records, and how many records it holds.
 *
 * @param key the grouping fields and their values ({@code key}; also read from {@code group} or
 *     {@code values})
 * @param count the number of records in the group ({@code count}; also read from {@code doc_count})
 * @param unknownFields fields this SDK does not model, as the server sent them
 */
public record RecordGroup(
    @JsonProperty("key") @JsonAlias({"group", "values"}) Map<String, @Nullable Object> key,
    @JsonProperty("count") @JsonAlias("doc_count") long count,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public RecordGroup {
    key = Models.copy(key);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** The group's value of one grouping field, as text. */
  public Optional<String> value(String field) {
    return FieldReads.string(key, field);
  }
}
