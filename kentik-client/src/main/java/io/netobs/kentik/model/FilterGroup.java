package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A group of filters joined by one connector. Make one with {@link #of(String, boolean,
 * Filter...)}. Fields the portal adds for its own use ({@code metric}, ...) are kept in {@code
 * unknownFields}.
 *
 * <p>Answered inside a {@link SavedFilter} and sent inside a {@link
 * io.netobs.kentik.request.SavedFilterCreate} or {@link
 * io.netobs.kentik.request.SavedFilterUpdate}: it lives with the answers because an update sends
 * back what was read, fields this SDK does not know included, so the type that decodes it must be
 * the type that is sent.
 *
 * @param connector {@code and} or {@code or} (the portal writes {@code All} and {@code Any})
 * @param not true to exclude matching traffic, false to include it
 * @param filters the filters of the group
 * @param filterString reserved for the portal's use; null for groups made through the API
 * @param id the portal's id for the group; null for groups made through the API
 * @param unknownFields fields this SDK does not know, kept and sent back on update
 */
public record FilterGroup(
    @JsonProperty("connector") @Nullable String connector,
    @JsonProperty("not") boolean not,
    @JsonProperty("filters") List<Filter> filters,
    @JsonProperty("filterString") @Nullable String filterString,
    @JsonProperty("id") @Nullable String id,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public FilterGroup {
    filters = Maps.list(filters);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** A group; the connector and operators are checked when given to a saved filter request. */
  public static FilterGroup of(String connector, boolean not, Filter... filters) {
    return of(connector, not, Arrays.asList(filters));
  }

  /** A group; the connector and operators are checked when given to a saved filter request. */
  public static FilterGroup of(String connector, boolean not, List<Filter> filters) {
    return new FilterGroup(connector, not, filters, null, null, Map.of());
  }
}
