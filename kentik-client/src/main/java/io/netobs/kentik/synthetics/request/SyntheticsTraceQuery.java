package io.netobs.kentik.synthetics.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import java.time.Instant;
import java.util.List;

/**
 * Which traceroutes to read: one test, a time window, and optionally agents and target addresses.
 */
public final class SyntheticsTraceQuery extends RequestBody {
  private SyntheticsTraceQuery(Builder builder) {
    super(builder);
  }

  /** A builder for a {@link SyntheticsTraceQuery}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SyntheticsTraceQuery}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Sets {@code id}, the test whose traces are read.
     *
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder testId(String testId) {
      return set("id", Rules.requiredText(testId, "id"));
    }

    /**
     * Sets {@code startTime}, the window's start.
     *
     * @throws NullPointerException when it is null
     */
    public Builder startTime(Instant startTime) {
      return set("startTime", Rules.required(startTime, "startTime").toString());
    }

    /**
     * Sets {@code endTime}, the window's end.
     *
     * @throws NullPointerException when it is null
     */
    public Builder endTime(Instant endTime) {
      return set("endTime", Rules.required(endTime, "endTime").toString());
    }

    /**
     * Sets {@code agentIds}: only these agents' results.
     *
     * @throws IllegalArgumentException when it is null or holds a blank id
     */
    public Builder agentIds(List<String> agentIds) {
      return set("agentIds", ids(agentIds, "agentIds"));
    }

    /**
     * Sets {@code targetIps}: only traces to these addresses.
     *
     * @throws IllegalArgumentException when it is null or holds a blank address
     */
    public Builder targetIps(List<String> targetIps) {
      return set("targetIps", ids(targetIps, "targetIps"));
    }

    private static List<String> ids(List<String> values, String field) {
      Rules.required(values, field);
      Rules.noBlankElements(values, field);
      return List.copyOf(values);
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when {@code id}, {@code startTime} or {@code endTime} is
     *     missing
     */
    public SyntheticsTraceQuery build() {
      require("SyntheticsTraceQuery", "id", "startTime", "endTime");
      return new SyntheticsTraceQuery(this);
    }
  }
}
