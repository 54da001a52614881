package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * A new populator: a value, a direction and at least one match field. The Custom Dimension API's
 * rules are checked as each value is set and by {@link Builder#build()}, and the value again
 * against the dimension's type when the client knows it.
 *
 * <pre>{@code
 * PopulatorCreate p = PopulatorCreate.builder().value("backbone").direction(Direction.DST).addr("10.0.0.0/8").build();
 * }</pre>
 */
public final class PopulatorCreate extends RequestBody {
  private PopulatorCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a new populator. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link PopulatorCreate}. */
  public static final class Builder extends PopulatorFields<Builder> {
    private Builder() {}

    /**
     * Builds the request; match fields set blank are left out.
     *
     * @throws IllegalArgumentException when the value or the direction is missing, or no match
     *     field is set
     */
    public PopulatorCreate build() {
      require("PopulatorCreate", "value", "direction");
      requireMatchField(
          "a populator needs at least one match field besides value and direction (addr, port, ...)");
      return new PopulatorCreate(this);
    }
  }
}
