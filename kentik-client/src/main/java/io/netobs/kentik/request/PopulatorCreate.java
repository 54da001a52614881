package io.netobs.kentik.request;

import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.MatchField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A new populator: a value, a direction and at least one match field. The Custom Dimension API's rules
 * are checked as each value is set and by {@link Builder#build()}, and the value again against the
 * dimension's type when the client knows it.
 *
 * <pre>{@code
 * PopulatorCreate p = PopulatorCreate.builder().value("backbone").direction(Direction.DST).addr("10.0.0.0/8").build();
 * }</pre>
 */
public final class PopulatorCreate {
  private final String value;
  private final Direction direction;
  private final Map<MatchField, String> matchFields;

  private PopulatorCreate(String value, Direction direction, EnumMap<MatchField, String> matchFields) {
    this.value = value;
    this.direction = direction;
    this.matchFields = Collections.unmodifiableMap(matchFields);
  }

  /** A builder for a new populator. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, for a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.value = value;
    b.direction = direction;
    b.fields.putAll(matchFields);
    return b;
  }

  /** The value written into the dimension's column on a match. */
  public String value() {
    return value;
  }

  /** The side of the flow that direction-specific fields are matched against. */
  public Direction direction() {
    return direction;
  }

  /** The match fields, none blank, in {@link MatchField} order. */
  public Map<MatchField, String> matchFields() {
    return matchFields;
  }

  @Override
  public String toString() {
    return "PopulatorCreate[value=" + value + ", direction=" + direction + ", matchFields=" + matchFields + "]";
  }

  /** Builds a {@link PopulatorCreate}. */
  public static final class Builder extends PopulatorFields<Builder> {
    private Builder() {}

    /**
     * Builds the request; blank match fields are left out.
     *
     * @throws IllegalArgumentException when the value or the direction is missing, or no match field is set
     */
    public PopulatorCreate build() {
      if (value == null) {
        throw new IllegalArgumentException("value is required");
      }
      if (direction == null) {
        throw new IllegalArgumentException("direction is required");
      }
      EnumMap<MatchField, String> used = new EnumMap<>(MatchField.class);
      fields.forEach((field, v) -> {
        if (!v.isBlank()) {
          used.put(field, v);
        }
      });
      if (used.isEmpty()) {
        throw new IllegalArgumentException(
            "a populator needs at least one match field besides value and direction (addr, port, ...)");
      }
      return new PopulatorCreate(value, direction, used);
    }
  }
}
