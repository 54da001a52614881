package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code PATCH /users/{username}}. The password never appears in {@code toString()}.
 */
public final class UserUpdate extends RequestBody {
  private UserUpdate(Builder builder) {
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

  /** Builds a {@link UserUpdate}. */
  public static final class Builder extends UserFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public UserUpdate build() {
      requireAny("UserUpdate");
      return new UserUpdate(this);
    }
  }
}
