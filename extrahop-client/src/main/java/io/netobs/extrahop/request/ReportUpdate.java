package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /reports/{id}}. */
public final class ReportUpdate extends RequestBody {
  private ReportUpdate(Builder builder) {
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

  /** Builds a {@link ReportUpdate}. */
  public static final class Builder extends ReportFields<Builder> {
    private Builder() {}

    /** Clears {@code description}: sends it as an explicit null. */
    public Builder clearDescription() {
      return set("description", null);
    }

    /** Clears {@code subject}: sends it as an explicit null. */
    public Builder clearSubject() {
      return set("subject", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public ReportUpdate build() {
      requireAny("ReportUpdate");
      return new ReportUpdate(this);
    }
  }
}
