package io.netobs.kentik.synthetics.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import java.time.Instant;
import java.util.List;

/**
 * Which results to read: the tests, a time window, and optionally agents and targets.
 *
 * <pre>{@code
 * SyntheticsResultsQuery lastHour = SyntheticsResultsQuery.builder()
 *     .testIds(List.of("1234"))
 *     .startTime(Instant.now().minus(Duration.ofHours(1)))
 *     .endTime(Instant.now())
 *     .build();
 * }</pre>
 */
public final class SyntheticsResultsQuery extends RequestBody {
  private SyntheticsResultsQuery(Builder builder) {
    super(builder);
  }

  /** A builder for a {@link SyntheticsResultsQuery}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SyntheticsResultsQuery}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Sets {@code ids}, the tests whose results are read.
     *
     * @throws IllegalArgumentException when it is null, empty or holds a blank id
     */
    public Builder testIds(List<String> testIds) {
      List<String> ids = ids(testIds, "ids");
      if (ids.isEmpty()) {
        throw new IllegalArgumentException("ids must name at least one test");
      }
      return set("ids", ids);
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
     * Sets {@code targets}: only results for these targets.
     *
     * @throws IllegalArgumentException when it is null or holds a blank target
     */
    public Builder targets(List<String> targets) {
      return set("targets", ids(targets, "targets"));
    }

    /** Sets {@code aggregate}: whether results are aggregated over the window. */
    public Builder aggregate(boolean aggregate) {
      return set("aggregate", aggregate);
    }

    private static List<String> ids(List<String> values, String field) {
      Rules.required(values, field);
      Rules.noBlankElements(values, field);
      return List.copyOf(values);
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when {@code ids}, {@code startTime} or {@code endTime} is
     *     missing
     */
    public SyntheticsResultsQuery build() {
      require("SyntheticsResultsQuery", "ids", "startTime", "endTime");
      return new SyntheticsResultsQuery(this);
    }
  }
}
