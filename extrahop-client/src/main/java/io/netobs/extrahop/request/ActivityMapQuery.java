package io.netobs.extrahop.request;

import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.ActivityMapWalk;
import io.netobs.http.RequestBody;
import java.util.List;

/**
 * The body of a topology query ({@code POST /activitymaps/query} with walks, or {@code POST
 * /activitymaps/{id}/query} for a saved map, where the walks are the map's own).
 */
public final class ActivityMapQuery extends RequestBody {
  private ActivityMapQuery(Builder builder) {
    super(builder);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's fields, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link ActivityMapQuery}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * The walks to run, for {@code POST /activitymaps/query} (at least one); a query for a saved
     * map leaves them out, since the map brings its own.
     */
    public Builder walks(List<ActivityMapWalk> walks) {
      if (Validate.list(walks, "walks").isEmpty()) {
        throw new IllegalArgumentException("walks must contain at least one walk");
      }
      return set("walks", List.copyOf(walks));
    }

    /** The start of the time range. */
    public Builder from(ExtraHopTime from) {
      return set("from", Validate.notNull(from, "from"));
    }

    /** The end of the time range (default: now). */
    public Builder until(ExtraHopTime until) {
      return set("until", Validate.notNull(until, "until"));
    }

    /** What weighs the edges: {@code bytes} (default), {@code connections} or {@code turns}. */
    public Builder weighting(String weighting) {
      return set("weighting", Validate.notBlank(weighting, "weighting"));
    }

    /** Extra data per edge: {@code appearances}, {@code protocols}. */
    public Builder edgeAnnotations(String... annotations) {
      return set("edge_annotations", Validate.strings(List.of(annotations), "edge_annotations"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when a rule of the whole body is broken
     */
    public ActivityMapQuery build() {
      // Every combination is a valid query: a saved map brings its walks, the defaults fill the
      // rest.
      return new ActivityMapQuery(this);
    }
  }
}
