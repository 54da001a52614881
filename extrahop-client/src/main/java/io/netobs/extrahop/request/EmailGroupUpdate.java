package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /emailgroups/{id}}. */
public final class EmailGroupUpdate extends RequestBody {
  private EmailGroupUpdate(Builder builder) {
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

  /** Builds a {@link EmailGroupUpdate}. */
  public static final class Builder extends EmailGroupFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public EmailGroupUpdate build() {
      requireAny("EmailGroupUpdate");
      return new EmailGroupUpdate(this);
    }
  }
}
