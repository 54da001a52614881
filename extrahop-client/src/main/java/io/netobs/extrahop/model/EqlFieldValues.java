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
 * The values that EQL fields of a resource are expected to take ({@code GET
 * /search/eql/{resource}/schema/fieldvalues}, firmware 26.3), for the fields asked about.
 *
 * @param values each field asked about, with its expected values ({@code values}), e.g. {@code
 *     {"status": ["new", "in_progress", "closed"]}}
 * @param unknownFields fields this SDK does not model, as the server sent them
 */
public record EqlFieldValues(
    @JsonProperty("values") Map<String, List<Object>> values,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public EqlFieldValues {
    values = Models.copy(values);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** The expected values of one field; empty when the answer has none for it. */
  public List<Object> of(String field) {
    List<Object> list = values.get(field);
    return list == null ? List.of() : list;
  }
}
