package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One filter of a saved filter's group: a dimension, an operator and a value. Make one with {@link
 * #of(String, String, String)}.
 *
 * <p>Answered inside a {@link SavedFilter} and sent inside a {@link
 * io.netobs.kentik.request.SavedFilterCreate} or {@link
 * io.netobs.kentik.request.SavedFilterUpdate}: it lives with the answers because an update sends
 * back what was read, fields this SDK does not know included, so the type that decodes it must be
 * the type that is sent.
 *
 * @param filterField the dimension to filter on, e.g. {@code dst_as} or {@code inet_src_addr}
 * @param operator one of {@code =}, {@code <>}, {@code ILIKE}, {@code NOT ILIKE}, {@code ~}, {@code
 *     !~}, {@code >}, {@code <}, {@code &}
 * @param filterValue the value to match
 * @param id the portal's id for this filter; null for filters made through the API
 * @param unknownFields fields this SDK does not know, kept and sent back on update
 */
public record Filter(
    @JsonProperty("filterField") @Nullable String filterField,
    @JsonProperty("operator") @Nullable String operator,
    @JsonProperty("filterValue") @Nullable String filterValue,
    @JsonProperty("id") @Nullable String id,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public Filter {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** A filter on {@code field}; the operator is checked when given to a saved filter request. */
  public static Filter of(String field, String operator, String value) {
    return new Filter(field, operator, value, null, Map.of());
  }
}
