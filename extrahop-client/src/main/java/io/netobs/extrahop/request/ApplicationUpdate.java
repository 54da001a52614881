package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /applications/{id}}. */
public final class ApplicationUpdate extends RequestBody {
  private ApplicationUpdate(Builder builder) {
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

  /** Builds a {@link ApplicationUpdate}. */
  public static final class Builder extends ApplicationFields<Builder> {
    private Builder() {}

    /** Clears {@code description}: sends it as an explicit null. */
    public Builder clearDescription() {
      return set("description", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public ApplicationUpdate build() {
      requireAny("ApplicationUpdate");
      return new ApplicationUpdate(this);
    }
  }
}
