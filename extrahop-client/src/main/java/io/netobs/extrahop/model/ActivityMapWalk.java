package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.extrahop.internal.Validate;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A walk of an activity map: steps taken away from a set of origins. The edges of every walk are
 * merged into the map.
 *
 * @param origins where the walk starts
 * @param steps the steps, in order
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapWalk(
    @JsonProperty("origins") List<ActivityMapSource> origins,
    @JsonProperty("steps") List<ActivityMapStep> steps,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapWalk {
    origins = Copies.list(origins);
    steps = Copies.list(steps);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** A builder of a walk to send; at least one origin is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this walk's origins and steps, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.origins = origins;
    b.steps = steps;
    return b;
  }

  /** Builds an {@link ActivityMapWalk}. */
  public static final class Builder {
    private List<ActivityMapSource> origins = List.of();
    private List<ActivityMapStep> steps = List.of();

    private Builder() {}

    /** Where the walk starts (at least one). */
    public Builder origins(List<ActivityMapSource> origins) {
      if (Validate.list(origins, "origins").isEmpty()) {
        throw new IllegalArgumentException("origins must contain at least one source");
      }
      this.origins = List.copyOf(origins);
      return this;
    }

    /** Where the walk starts (at least one). */
    public Builder origins(ActivityMapSource... origins) {
      return origins(List.of(Validate.notNull(origins, "origins")));
    }

    /** The steps, in order. */
    public Builder steps(List<ActivityMapStep> steps) {
      this.steps = Validate.list(steps, "steps");
      return this;
    }

    /** The steps, in order. */
    public Builder steps(ActivityMapStep... steps) {
      return steps(List.of(Validate.notNull(steps, "steps")));
    }

    /**
     * The walk.
     *
     * @throws IllegalArgumentException when there is no origin
     */
    public ActivityMapWalk build() {
      if (origins.isEmpty()) {
        throw new IllegalArgumentException("origins must contain at least one source");
      }
      return new ActivityMapWalk(origins, steps, Map.of());
    }
  }
}
