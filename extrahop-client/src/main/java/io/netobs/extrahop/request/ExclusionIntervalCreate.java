package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /exclusionintervals}. */
public final class ExclusionIntervalCreate extends RequestBody {
  private ExclusionIntervalCreate(Builder builder) {
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

  /** Builds a {@link ExclusionIntervalCreate}. */
  public static final class Builder extends ExclusionIntervalFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name}, {@code start}, {@code end}, {@code
     *     interval_type}, {@code alert_apply_all}, {@code trend_apply_all} is not set
     */
    public ExclusionIntervalCreate build() {
      require(
          "ExclusionIntervalCreate",
          "name",
          "start",
          "end",
          "interval_type",
          "alert_apply_all",
          "trend_apply_all");
      long start = ((Number) get("start")).longValue();
      long end = ((Number) get("end")).longValue();
      if (end <= start) {
        throw new IllegalArgumentException(
            "end must be after start, was start=" + start + ", end=" + end);
      }
      return new ExclusionIntervalCreate(this);
    }
  }
}
