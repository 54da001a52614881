package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.ActivityMap;
import io.netobs.extrahop.model.ActivityMapTopology;
import io.netobs.extrahop.model.Sharing;
import io.netobs.extrahop.request.ActivityMapCreate;
import io.netobs.extrahop.request.ActivityMapQuery;
import io.netobs.extrahop.request.ActivityMapUpdate;
import io.netobs.extrahop.request.SharingUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.io.OutputStream;
import java.util.List;

/**
 * Activity maps ({@code /activitymaps}) and topology queries. A query answers JSON, edges from one
 * device to another: {@link #query(ActivityMapQuery)} returns it typed, and {@link
 * #query(ActivityMapQuery, OutputStream)} streams the JSON as sent without holding it in memory.
 */
public final class ActivityMaps {
  private final HttpCore core;
  private final Crud<ActivityMap> crud;

  ActivityMaps(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/activitymaps", ActivityMap.class);
  }

  /** Every activity map: {@code GET /activitymaps}. */
  public List<ActivityMap> list() {
    return crud.list();
  }

  /** One activity map: {@code GET /activitymaps/{id}}. */
  public ActivityMap get(long id) {
    return crud.get(id);
  }

  /** Creates an activity map: {@code POST /activitymaps}; returns its id. */
  public long create(ActivityMapCreate map) {
    return crud.create(map, "map");
  }

  /** Changes the fields set in {@code update}: {@code PATCH /activitymaps/{id}}. */
  public void update(long id, ActivityMapUpdate update) {
    crud.update(id, update);
  }

  /** Deletes an activity map: {@code DELETE /activitymaps/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }

  /**
   * A topology query over the query's walks: {@code POST /activitymaps/query}; the edges found,
   * typed.
   */
  public ActivityMapTopology query(ActivityMapQuery query) {
    return core.json(
        ApiRequest.post("/activitymaps/query")
            .json(Crud.body(query, "query"))
            .idempotent(true)
            .build(),
        ActivityMapTopology.class);
  }

  /**
   * As {@link #query(ActivityMapQuery)}, the JSON answer streamed into {@code out} as sent; returns
   * the number of bytes written.
   */
  public long query(ActivityMapQuery query, OutputStream out) {
    Checks.notNull(out, "out");
    return core.download(
        ApiRequest.post("/activitymaps/query")
            .json(Crud.body(query, "query"))
            .idempotent(true)
            .build(),
        out);
  }

  /**
   * A topology query of a saved map: {@code POST /activitymaps/{id}/query}; the edges found, typed.
   */
  public ActivityMapTopology query(long id, ActivityMapQuery query) {
    return core.json(
        ApiRequest.post("/activitymaps/{}/query", Crud.id(id))
            .json(Crud.body(query, "query"))
            .idempotent(true)
            .build(),
        ActivityMapTopology.class);
  }

  /**
   * As {@link #query(long, ActivityMapQuery)}, the JSON answer streamed into {@code out} as sent;
   * returns the number of bytes written.
   */
  public long query(long id, ActivityMapQuery query, OutputStream out) {
    Checks.notNull(out, "out");
    return core.download(
        ApiRequest.post("/activitymaps/{}/query", Crud.id(id))
            .json(Crud.body(query, "query"))
            .idempotent(true)
            .build(),
        out);
  }

  /** Who may see or edit the map: {@code GET /activitymaps/{id}/sharing}. */
  public Sharing sharing(long id) {
    return Crud.getAt(core, Sharing.class, "/activitymaps/{}/sharing", Crud.id(id));
  }

  /** Changes only the sharing entries set: {@code PATCH /activitymaps/{id}/sharing}. */
  public void updateSharing(long id, SharingUpdate update) {
    core.send(
        ApiRequest.patch("/activitymaps/{}/sharing", Crud.id(id))
            .json(Crud.body(update, "update"))
            .idempotent(true)
            .build());
  }

  /**
   * Replaces the whole sharing state with the entries set: {@code PUT /activitymaps/{id}/sharing}.
   */
  public void replaceSharing(long id, SharingUpdate sharing) {
    core.send(
        ApiRequest.put("/activitymaps/{}/sharing", Crud.id(id))
            .json(Crud.body(sharing, "sharing"))
            .build());
  }
}
