package io.netobs.extrahop.model;

import io.netobs.extrahop.ExtraHopTime;
import java.util.List;

/**
 * The body of a topology query ({@code POST /activitymaps/query} with walks, or
 * {@code POST /activitymaps/{id}/query} for a saved map, where the walks are the map's own).
 */
public final class ActivityMapQuery extends RequestFields<ActivityMapQuery> {
  private ActivityMapQuery() {}

  /** A query over these walks, for {@code POST /activitymaps/query}. */
  public static ActivityMapQuery of(List<ActivityMapWalk> walks) {
    if (Validate.list(walks, "walks").isEmpty()) {
      throw new IllegalArgumentException("walks must contain at least one walk");
    }
    return new ActivityMapQuery().set("walks", List.copyOf(walks));
  }

  /** A query for a saved map, which brings its own walks. */
  public static ActivityMapQuery forSavedMap() {
    return new ActivityMapQuery();
  }

  /** The start of the time range. */
  public ActivityMapQuery from(ExtraHopTime from) {
    return set("from", Validate.notNull(from, "from"));
  }

  /** The end of the time range (default: now). */
  public ActivityMapQuery until(ExtraHopTime until) {
    return set("until", Validate.notNull(until, "until"));
  }

  /** What weighs the edges: {@code bytes} (default), {@code connections} or {@code turns}. */
  public ActivityMapQuery weighting(String weighting) {
    return set("weighting", Validate.notBlank(weighting, "weighting"));
  }

  /** Extra data per edge: {@code appearances}, {@code protocols}. */
  public ActivityMapQuery edgeAnnotations(String... annotations) {
    return set("edge_annotations", Validate.strings(List.of(annotations), "edge_annotations"));
  }

  @Override
  public void validate() {
    // Every combination is a valid query: a saved map brings its walks, the defaults fill the rest.
  }
}
