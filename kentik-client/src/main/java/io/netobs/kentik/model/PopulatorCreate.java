package io.netobs.kentik.model;

import io.netobs.kentik.internal.Rules;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A new populator: a value, a direction and at least one match field. Made by
 * {@link #builder(String, Direction)}; the Custom Dimension API's rules are checked by
 * {@link Builder#build()}, and again against the dimension's type when the client knows it.
 *
 * <pre>{@code
 * PopulatorCreate p = PopulatorCreate.builder("backbone", Direction.DST).addr("10.0.0.0/8").build();
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

  /** A builder for a populator writing {@code value} into the dimension's column on a match. */
  public static Builder builder(String value, Direction direction) {
    return new Builder(value, direction);
  }

  public String value() {
    return value;
  }

  public Direction direction() {
    return direction;
  }

  /** The match fields, none blank. */
  public Map<MatchField, String> matchFields() {
    return matchFields;
  }

  @Override
  public String toString() {
    return "PopulatorCreate[value=" + value + ", direction=" + direction + ", matchFields=" + matchFields + "]";
  }

  /** Builds a {@link PopulatorCreate}. */
  public static final class Builder extends MatchFieldsBuilder<Builder> {
    private String value;
    private Direction direction;

    private Builder(String value, Direction direction) {
      this.value = value;
      this.direction = direction;
    }

    public Builder value(String value) {
      this.value = value;
      return this;
    }

    public Builder direction(Direction direction) {
      this.direction = direction;
      return this;
    }

    /**
     * Checks the rules and builds the request.
     *
     * @throws IllegalArgumentException when the value is missing or not 1-128 letters, digits, spaces,
     *     dashes or underscores, when the direction is missing, or when no match field is set
     */
    public PopulatorCreate build() {
      Rules.populatorValue(value, null, "value");
      Rules.required(direction, "direction");
      EnumMap<MatchField, String> used = new EnumMap<>(MatchField.class);
      fields.forEach((field, v) -> {
        if (!v.isBlank()) {
          used.put(field, v);
        }
      });
      if (used.isEmpty()) {
        throw new IllegalArgumentException("a populator needs at least one match field besides value and direction (addr, port, ...)");
      }
      return new PopulatorCreate(value, direction, used);
    }
  }
}
