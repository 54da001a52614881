package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /detections/rules/hiding/{id}}: only the fields set are sent. */
public final class TuningRuleUpdate extends RequestBody {
  private TuningRuleUpdate(Builder builder) {
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

  /** Builds a {@link TuningRuleUpdate}. */
  public static final class Builder extends TuningRuleFields<Builder> {
    private Builder() {}

    /** Whether the rule is enabled ({@code enabled}). */
    public Builder enabled(boolean enabled) {
      return set("enabled", enabled);
    }

    /** Clears the description ({@code "description": null}). */
    public Builder clearDescription() {
      return set("description", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public TuningRuleUpdate build() {
      requireAny("TuningRuleUpdate");
      return new TuningRuleUpdate(this);
    }
  }
}
