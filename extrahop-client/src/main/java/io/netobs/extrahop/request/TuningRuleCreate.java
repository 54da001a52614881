package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code POST /detections/rules/hiding}: a tuning rule, which hides the detections it
 * matches.
 */
public final class TuningRuleCreate extends RequestBody {
  private TuningRuleCreate(Builder builder) {
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

  /** Builds a {@link TuningRuleCreate}. */
  public static final class Builder extends TuningRuleFields<Builder> {
    private Builder() {}

    /**
     * The single detection type of older firmware ({@code detection_type}); newer firmware reads
     * {@code detection_types}.
     */
    public Builder detectionType(String detectionType) {
      return set(
          "detection_type",
          io.netobs.extrahop.internal.Validate.notBlank(detectionType, "detection_type"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when a required field is not set
     */
    public TuningRuleCreate build() {
      require("TuningRuleCreate", "offender", "victim", "expiration");
      return new TuningRuleCreate(this);
    }
  }
}
