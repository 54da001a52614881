package io.netobs.kentik.synthetics.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;

/** A new alert on a synthetics agent: the agent, and how long it may be silent. */
public final class SyntheticsAgentAlertCreate extends RequestBody {
  private SyntheticsAgentAlertCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a {@link SyntheticsAgentAlertCreate}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SyntheticsAgentAlertCreate}. */
  public static final class Builder extends SyntheticsAgentAlertFields<Builder> {
    private Builder() {}

    /**
     * Sets {@code agentId}, the agent watched.
     *
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder agentId(String agentId) {
      return set("agentId", Rules.requiredText(agentId, "agentId"));
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when {@code agentId} or {@code thresholdSeconds} is missing
     */
    public SyntheticsAgentAlertCreate build() {
      require("SyntheticsAgentAlertCreate", "agentId", "thresholdSeconds");
      return new SyntheticsAgentAlertCreate(this);
    }
  }
}
