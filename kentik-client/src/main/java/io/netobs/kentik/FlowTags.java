package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.FlowTag;
import io.netobs.kentik.request.FlowTagCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import java.util.List;
import java.util.Map;

/**
 * Flow tags, through the V5 Tag API. Kentik marks this API deprecated in favour of the v6 Flow Tag
 * API, but it is still in service; for thousands of tags use {@link Batch#tags()} instead.
 *
 * <p>Member-level users may only read.
 */
public final class FlowTags {
  private final HttpCore core;

  FlowTags(HttpCore core) {
    this.core = core;
  }

  /** Every flow tag ({@code GET /tags}). */
  public List<FlowTag> list() {
    return core.execute(
        ApiRequest.get("/tags").build(), r -> Answers.list(r, "tags", FlowTag.class));
  }

  /**
   * One tag ({@code GET /tag/{id}}).
   *
   * @throws io.netobs.http.NotFoundException when there is no such tag
   */
  public FlowTag get(long id) {
    Checks.positiveId(id, "id");
    return core.execute(
        ApiRequest.get("/tag/{}", id).build(), r -> Answers.object(r, "tag", FlowTag.class));
  }

  /** Creates a tag ({@code POST /tag}) and returns it as the server stored it. */
  public FlowTag create(FlowTagCreate tag) {
    Checks.notNull(tag, "tag");
    return core.execute(
        ApiRequest.post("/tag").json(Map.of("tag", tag.toMap())).build(),
        r -> Answers.object(r, "tag", FlowTag.class));
  }

  /**
   * Changes a tag ({@code PUT /tag/{id}}), sending only the fields set in {@code update}.
   *
   * @return the tag as the server stored it
   */
  public FlowTag update(long id, FlowTagUpdate update) {
    Checks.positiveId(id, "id");
    Checks.notNull(update, "update");
    return core.execute(
        ApiRequest.put("/tag/{}", id).json(Map.of("tag", update.toMap())).build(),
        r -> Answers.object(r, "tag", FlowTag.class));
  }

  /** Deletes a tag ({@code DELETE /tag/{id}}). */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/tag/{}", id).build());
  }
}
