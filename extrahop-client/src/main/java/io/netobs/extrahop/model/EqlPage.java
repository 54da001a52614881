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
 * One page of an EQL search ({@code POST /search/eql/{resource}}): {@code {"total", "results"}}.
 *
 * @param total how many entries match the whole query
 * @param results the entries of this page
 * @param unknownFields fields this SDK does not model, as the server sent them
 * @param <T> the type of the entries
 */
public record EqlPage<T>(
    @JsonProperty("total") long total,
    @JsonProperty("results") List<T> results,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public EqlPage {
    results = Models.copy(results);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
