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
 * The schema of an EQL resource ({@code GET /search/eql/{resource}/schema}, firmware 26.3): the
 * fields a query can name and the operators each takes.
 *
 * @param resource the resource the schema describes ({@code resource})
 * @param fields the fields ({@code fields}); empty when not sent
 * @param unknownFields fields this SDK does not model, as the server sent them
 */
public record EqlSchema(
    @JsonProperty("resource") @Nullable String resource,
    @JsonProperty("fields") List<EqlField> fields,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public EqlSchema {
    fields = Models.copy(fields);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** The field of that name. */
  public Optional<EqlField> field(String name) {
    return fields.stream().filter(f -> name.equals(f.name())).findFirst();
  }
}
