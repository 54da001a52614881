package io.netobs.extrahop.model;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.internal.Copies;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A walk of an activity map: steps taken away from a set of origins. The edges of every walk are merged
 * into the map.
 *
 * @param origins       where the walk starts
 * @param steps         the steps, in order
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapWalk(
    @JsonProperty("origins") List<ActivityMapSource> origins,
    @JsonProperty("steps") List<ActivityMapStep> steps,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapWalk {
    origins = Copies.list(origins);
    steps = Copies.list(steps);
    unknownFields = Copies.map(unknownFields);
  }

  /**
   * A walk from {@code origins} through {@code steps}.
   *
   * @throws IllegalArgumentException when there is no origin
   */
  public static ActivityMapWalk of(List<ActivityMapSource> origins, List<ActivityMapStep> steps) {
    if (Validate.list(origins, "origins").isEmpty()) {
      throw new IllegalArgumentException("origins must contain at least one source");
    }
    return new ActivityMapWalk(origins, Validate.list(steps, "steps"), Map.of());
  }
}
