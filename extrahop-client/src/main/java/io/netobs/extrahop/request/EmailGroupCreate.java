package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /emailgroups}. */
public final class EmailGroupCreate extends RequestBody {
  private EmailGroupCreate(Builder builder) {
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

  /** Builds a {@link EmailGroupCreate}. */
  public static final class Builder extends EmailGroupFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code group_name}, {@code email_addresses}, {@code
     *     system_notifications} is not set
     */
    public EmailGroupCreate build() {
      require("EmailGroupCreate", "group_name", "email_addresses", "system_notifications");
      return new EmailGroupCreate(this);
    }
  }
}
