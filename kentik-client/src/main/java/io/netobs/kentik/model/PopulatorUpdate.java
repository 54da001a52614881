package io.netobs.kentik.model;

import io.netobs.kentik.internal.Rules;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The changes to make to a populator: only the fields set here are sent. An empty string (or
 * {@link Builder#clear(MatchField)}) clears a match field on the server.
 */
public final class PopulatorUpdate {
  private final String value;
  private final Direction direction;
  private final Map<MatchField, String> matchFields;

  private PopulatorUpdate(String value, Direction direction, EnumMap<MatchField, String> matchFields) {
    this.value = value;
    this.direction = direction;
    this.matchFields = Collections.unmodifiableMap(matchFields);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The new value, when it changes. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** The new direction, when it changes. */
  public Optional<Direction> direction() {
    return Optional.ofNullable(direction);
  }

  /** The match fields to change; an empty string clears one. */
  public Map<MatchField, String> matchFields() {
    return matchFields;
  }

  @Override
  public String toString() {
    return "PopulatorUpdate[value=" + value + ", direction=" + direction + ", matchFields=" + matchFields + "]";
  }

  /** Builds a {@link PopulatorUpdate}. */
  public static final class Builder extends MatchFieldsBuilder<Builder> {
    private String value;
    private Direction direction;

    private Builder() {}

    public Builder value(String value) {
      this.value = value;
      return this;
    }

    public Builder direction(Direction direction) {
      this.direction = direction;
      return this;
    }

    /** Clears a match field on the server (sends it as an empty string). */
    public Builder clear(MatchField field) {
      return match(field, "");
    }

    /**
     * Checks the rules and builds the request.
     *
     * @throws IllegalArgumentException when nothing changes or a new value breaks the value rule
     */
    public PopulatorUpdate build() {
      if (value != null) {
        Rules.populatorValue(value, null, "value");
      }
      if (value == null && direction == null && fields.isEmpty()) {
        throw new IllegalArgumentException("a populator update must change at least one field");
      }
      return new PopulatorUpdate(value, direction, new EnumMap<>(fields));
    }
  }
}
