package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.AggregateFunction;

/**
 * One aggregate of a {@link TopXQuery}: a named figure computed over a column for each row, e.g.
 * the average bits per second.
 *
 * <pre>{@code
 * TopXAggregate avg = TopXAggregate.builder()
 *     .name("avg_bits_per_sec").column("f_sum_both_bytes").function(AggregateFunction.AVERAGE)
 *     .raw(true).build();
 * TopXAggregate p95 = avg.toBuilder().name("p95th_bits_per_sec")
 *     .function(AggregateFunction.PERCENTILE).rank(95).build();
 * }</pre>
 */
public final class TopXAggregate extends RequestBody {
  private TopXAggregate(Builder builder) {
    super(builder);
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this aggregate's fields, for a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link TopXAggregate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Sets {@code name}, by which rows carry the aggregate's value and {@code outsort} names it.
     *
     * @param name e.g. {@code avg_bits_per_sec}
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder name(String name) {
      return set("name", Rules.requiredText(name, "name"));
    }

    /**
     * Sets {@code column}, the data column the aggregate reads.
     *
     * @param column e.g. {@code f_sum_both_bytes}
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder column(String column) {
      return set("column", Rules.requiredText(column, "column"));
    }

    /**
     * Sets {@code fn}, the function.
     *
     * @param function e.g. {@link AggregateFunction#AVERAGE}
     * @return this builder
     * @throws IllegalArgumentException when it is null
     */
    public Builder function(AggregateFunction function) {
      return set("fn", Rules.required(function, "fn").value());
    }

    /**
     * Sets {@code rank}, the percentile a {@link AggregateFunction#PERCENTILE} aggregate computes.
     *
     * @param rank e.g. {@code 95}
     * @return this builder
     * @throws IllegalArgumentException unless it is 1 to 99
     */
    public Builder rank(int rank) {
      if (rank < 1 || rank > 99) {
        throw new IllegalArgumentException("rank must be a percentile from 1 to 99, was " + rank);
      }
      return set("rank", rank);
    }

    /**
     * Sets {@code sample_rate}.
     *
     * @param sampleRate usually 1
     * @return this builder
     * @throws IllegalArgumentException unless it is positive
     */
    public Builder sampleRate(int sampleRate) {
      if (sampleRate < 1) {
        throw new IllegalArgumentException("sample_rate must be positive, was " + sampleRate);
      }
      return set("sample_rate", sampleRate);
    }

    /**
     * Sets {@code raw}: true asks for the rows' time series (and is needed by charts).
     *
     * @param raw whether to return time series
     * @return this builder
     */
    public Builder raw(boolean raw) {
      return set("raw", raw);
    }

    /**
     * Builds the aggregate.
     *
     * @return the aggregate
     * @throws IllegalArgumentException when {@code name}, {@code column} or {@code fn} is missing,
     *     or a percentile has no {@code rank}
     */
    public TopXAggregate build() {
      require("TopXAggregate", "name", "column", "fn");
      if (AggregateFunction.PERCENTILE.value().equalsIgnoreCase(String.valueOf(get("fn")))
          && !has("rank")) {
        throw new IllegalArgumentException(
            "TopXAggregate: rank is required for a percentile (e.g. rank(95))");
      }
      return new TopXAggregate(this);
    }
  }
}
