package io.netobs.kentik.request;

import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.MatchField;
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

  /** A builder for the changes to a populator. */
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
  public static final class Builder extends PopulatorFields<Builder> {
    private Builder() {}

    /** Clears a match field on the server (sends it as an empty string). */
    public Builder clear(MatchField field) {
      return match(field, "");
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when nothing changes
     */
    public PopulatorUpdate build() {
      if (value == null && direction == null && fields.isEmpty()) {
        throw new IllegalArgumentException("a populator update must change at least one field");
      }
      return new PopulatorUpdate(value, direction, new EnumMap<>(fields));
    }
  }
}
