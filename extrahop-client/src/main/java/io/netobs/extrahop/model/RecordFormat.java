package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Models;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A record format ({@code GET /records/formats}): a record type such as {@code ~http} and the
 * fields its records carry.
 *
 * @param id the record type as searches name it ({@code id}, e.g. {@code "~http"})
 * @param displayName the name the appliance shows ({@code display_name})
 * @param fields the format's fields as the appliance describes them ({@code fields}), each a map
 *     such as {@code {"name", "display_name", "data_type"}}; empty when not sent
 * @param unknownFields fields this SDK does not model, as the server sent them
 */
public record RecordFormat(
    @JsonProperty("id") @Nullable String id,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("fields") List<Map<String, @Nullable Object>> fields,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public RecordFormat {
    fields = Models.copy(fields);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
