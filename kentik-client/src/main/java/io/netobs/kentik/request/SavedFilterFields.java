package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.Filter;
import io.netobs.kentik.model.FilterGroup;
import io.netobs.kentik.model.FilterSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The setters shared by {@link SavedFilterCreate.Builder} and {@link SavedFilterUpdate.Builder},
 * each checked once, as it is set.
 *
 * @param <B> the concrete builder
 */
public abstract class SavedFilterFields<B extends SavedFilterFields<B>>
    extends RequestBody.Builder<B> {
  SavedFilterFields() {}

  /**
   * Sets {@code filter_name}, unique among the company's filters.
   *
   * @throws IllegalArgumentException when it is null or blank
   */
  public B filterName(String filterName) {
    return set("filter_name", Rules.requiredText(filterName, "filter_name"));
  }

  /** Sets {@code filter_description}; null leaves it out. */
  public B filterDescription(@Nullable String filterDescription) {
    return setOrOmit("filter_description", filterDescription);
  }

  /**
   * Sets {@code filter_level} ({@code company}, {@code user} or {@code global}); null leaves it
   * out.
   */
  public B filterLevel(@Nullable String filterLevel) {
    return setOrOmit("filter_level", filterLevel);
  }

  /**
   * Sets {@code filters}, the filter groups.
   *
   * @throws IllegalArgumentException when it is null, or a connector or operator is not one the API
   *     accepts (the message names where: {@code filters.filterGroups[0].connector}, ...)
   */
  public B filters(FilterSet filters) {
    Rules.required(filters, "filters");
    Rules.connector(filters.connector(), "filters.connector");
    List<FilterGroup> groups = filters.filterGroups();
    for (int g = 0; g < groups.size(); g++) {
      FilterGroup group = groups.get(g);
      String where = "filters.filterGroups[" + g + "]";
      Rules.required(group, where);
      Rules.connector(group.connector(), where + ".connector");
      for (int f = 0; f < group.filters().size(); f++) {
        Filter one = group.filters().get(f);
        String at = where + ".filters[" + f + "]";
        Rules.required(one, at);
        Rules.requiredText(one.filterField(), at + ".filterField");
        Rules.operator(one.operator(), at + ".operator");
      }
    }
    return set("filters", filters);
  }
}
