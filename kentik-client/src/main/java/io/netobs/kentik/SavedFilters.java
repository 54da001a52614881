package io.netobs.kentik;

import com.fasterxml.jackson.core.type.TypeReference;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.Filter;
import io.netobs.kentik.model.FilterGroup;
import io.netobs.kentik.model.SavedFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Company saved filters. The list lives at {@code /saved-filters/custom} (plural), single filters at
 * {@code /saved-filter/custom/{id}}; answers are bare arrays and objects.
 *
 * <p>An update replaces the whole filter: the API requires every field in the body, so
 * {@link #update(SavedFilter)} sends every field of the object it is given, including fields this SDK
 * does not know. Read the filter, change it with {@link SavedFilter#toBuilder()}, send it back.
 */
public final class SavedFilters {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private final HttpCore core;

  SavedFilters(HttpCore core) {
    this.core = core;
  }

  /** Every company saved filter ({@code GET /saved-filters/custom}). */
  public List<SavedFilter> list() {
    return core.execute(ApiRequest.get("/saved-filters/custom").build(), r -> Answers.list(r, null, SavedFilter.class));
  }

  /** One saved filter ({@code GET /saved-filter/custom/{id}}). */
  public SavedFilter get(long id) {
    Checks.positiveId(id, "id");
    return core.execute(ApiRequest.get("/saved-filter/custom/{}", id).build(), r -> Answers.object(r, null, SavedFilter.class));
  }

  /**
   * Creates a saved filter ({@code POST /saved-filter/custom}).
   *
   * @throws IllegalArgumentException when {@code filter_name} or {@code filters} is missing, or a
   *     connector or operator is not one the API accepts
   */
  public SavedFilter create(SavedFilter filter) {
    validate(filter);
    Map<String, Object> body = Json.mapper().convertValue(filter, MAP);
    body.remove("id");
    return core.execute(ApiRequest.post("/saved-filter/custom").json(body).build(), r -> Answers.object(r, null, SavedFilter.class));
  }

  /**
   * Replaces saved filter {@code filter.id()} ({@code PUT /saved-filter/custom/{id}}) with every field of
   * {@code filter}.
   *
   * @throws IllegalArgumentException when the id is not positive, or as for {@link #create(SavedFilter)}
   */
  public SavedFilter update(SavedFilter filter) {
    validate(filter);
    Checks.positiveId(filter.id(), "filter.id");
    Map<String, Object> body = Json.mapper().convertValue(filter, MAP);
    return core.execute(ApiRequest.put("/saved-filter/custom/{}", filter.id()).json(body).build(),
        r -> Answers.object(r, null, SavedFilter.class));
  }

  /** Deletes a saved filter ({@code DELETE /saved-filter/custom/{id}}). */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/saved-filter/custom/{}", id).build());
  }

  static void validate(SavedFilter filter) {
    Checks.notNull(filter, "filter");
    Rules.requiredText(filter.filterName(), "filter_name");
    Rules.required(filter.filters(), "filters");
    Rules.connector(filter.filters().connector(), "filters.connector");
    List<FilterGroup> groups = filter.filters().filterGroups();
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
  }
}
