package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /reports}. */
public final class ReportCreate extends RequestBody {
  private ReportCreate(Builder builder) {
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

  /** Builds a {@link ReportCreate}. */
  public static final class Builder extends ReportFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name} is not set
     */
    public ReportCreate build() {
      require("ReportCreate", "name");
      return new ReportCreate(this);
    }
  }
}
