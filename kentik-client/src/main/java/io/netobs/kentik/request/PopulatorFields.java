package io.netobs.kentik.request;

import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.Direction;

/**
 * The setters shared by {@link PopulatorCreate.Builder} and {@link PopulatorUpdate.Builder}: the
 * value, the direction and the match fields, each checked once, as it is set. Values are checked
 * with the string rule here, and again against the dimension's type when the client knows it.
 *
 * @param <B> the concrete builder
 */
public abstract class PopulatorFields<B extends PopulatorFields<B>> extends MatchFieldsBuilder<B> {
  PopulatorFields() {}

  /**
   * Sets {@code value}, written into the dimension's column when a flow matches.
   *
   * @throws IllegalArgumentException when it is not 1-128 letters, digits, spaces, dashes or
   *     underscores
   */
  public B value(String value) {
    return set("value", Rules.populatorValue(value, null, "value"));
  }

  /**
   * Sets {@code direction}: the side of the flow that direction-specific fields are matched
   * against.
   *
   * @throws IllegalArgumentException when it is null
   */
  public B direction(Direction direction) {
    return set("direction", Rules.required(direction, "direction").value());
  }
}
