package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.SavedFilter;
import io.netobs.kentik.request.SavedFilterCreate;
import io.netobs.kentik.request.SavedFilterUpdate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Company saved filters. The list lives at {@code /saved-filters/custom} (plural), single filters
 * at {@code /saved-filter/custom/{id}}; answers are bare arrays and objects.
 *
 * <p>An update replaces the whole filter: the API requires every field in the body. Read the
 * filter, start a {@link SavedFilterUpdate} {@link SavedFilterUpdate.Builder#from(SavedFilter)
 * from} it (every field, those this SDK does not know included), change what you need, send it
 * back.
 */
public final class SavedFilters {
  private final HttpCore core;

  SavedFilters(HttpCore core) {
    this.core = core;
  }

  /** Every company saved filter ({@code GET /saved-filters/custom}). */
  public List<SavedFilter> list() {
    return core.execute(
        ApiRequest.get("/saved-filters/custom").build(),
        r -> Answers.list(r, null, SavedFilter.class));
  }

  /** One saved filter ({@code GET /saved-filter/custom/{id}}). */
  public SavedFilter get(long id) {
    Checks.positiveId(id, "id");
    return core.execute(
        ApiRequest.get("/saved-filter/custom/{}", id).build(),
        r -> Answers.object(r, null, SavedFilter.class));
  }

  /**
   * Creates a saved filter ({@code POST /saved-filter/custom}), sending the fields of {@code
   * filter}.
   */
  public SavedFilter create(SavedFilterCreate filter) {
    Checks.notNull(filter, "filter");
    return core.execute(
        ApiRequest.post("/saved-filter/custom").json(filter.toMap()).build(),
        r -> Answers.object(r, null, SavedFilter.class));
  }

  /**
   * Replaces saved filter {@code id} ({@code PUT /saved-filter/custom/{id}}) with every field of
   * {@code filter}, and {@code id}.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public SavedFilter update(long id, SavedFilterUpdate filter) {
    Checks.positiveId(id, "id");
    Checks.notNull(filter, "filter");
    Map<String, Object> body = new LinkedHashMap<>(filter.toMap());
    body.put("id", id);
    return core.execute(
        ApiRequest.put("/saved-filter/custom/{}", id).json(body).build(),
        r -> Answers.object(r, null, SavedFilter.class));
  }

  /** Deletes a saved filter ({@code DELETE /saved-filter/custom/{id}}). */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/saved-filter/custom/{}", id).build());
  }
}
