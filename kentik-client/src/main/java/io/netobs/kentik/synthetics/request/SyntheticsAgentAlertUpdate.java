package io.netobs.kentik.synthetics.request;

import io.netobs.http.RequestBody;

/** The new threshold or channels of an agent alert. */
public final class SyntheticsAgentAlertUpdate extends RequestBody {
  private SyntheticsAgentAlertUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for a {@link SyntheticsAgentAlertUpdate}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SyntheticsAgentAlertUpdate}. */
  public static final class Builder extends SyntheticsAgentAlertFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public SyntheticsAgentAlertUpdate build() {
      requireAny("SyntheticsAgentAlertUpdate");
      return new SyntheticsAgentAlertUpdate(this);
    }
  }
}
