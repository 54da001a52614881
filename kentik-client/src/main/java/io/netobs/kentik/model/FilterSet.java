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
 * The filter groups of a saved filter, joined by one connector. Make one with {@link #of(String,
 * FilterGroup...)}.
 *
 * <p>Answered inside a {@link SavedFilter} and sent inside a {@link
 * io.netobs.kentik.request.SavedFilterCreate} or {@link
 * io.netobs.kentik.request.SavedFilterUpdate}: it lives with the answers because an update sends
 * back what was read, fields this SDK does not know included, so the type that decodes it must be
 * the type that is sent.
 *
 * @param connector {@code and} or {@code or} (the portal writes {@code All} and {@code Any})
 * @param custom reserved for Kentik's use; null when absent
 * @param filterGroups the groups
 * @param filterString reserved for the portal's use; null for filters made through the API
 * @param unknownFields fields this SDK does not know, kept and sent back on update
 */
public record FilterSet(
    @JsonProperty("connector") @Nullable String connector,
    @JsonProperty("custom") @Nullable Boolean custom,
    @JsonProperty("filterGroups") List<FilterGroup> filterGroups,
    @JsonProperty("filterString") @Nullable String filterString,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public FilterSet {
    filterGroups = Maps.list(filterGroups);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** Groups joined by {@code connector}; checked when given to a saved filter request. */
  public static FilterSet of(String connector, FilterGroup... groups) {
    return of(connector, Arrays.asList(groups));
  }

  /** Groups joined by {@code connector}; checked when given to a saved filter request. */
  public static FilterSet of(String connector, List<FilterGroup> groups) {
    return new FilterSet(connector, null, groups, null, Map.of());
  }
}
