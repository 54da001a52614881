package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /usergroups/{id}}. */
public final class UserGroupUpdate extends RequestBody {
  private UserGroupUpdate(Builder builder) {
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

  /** Builds a {@link UserGroupUpdate}. */
  public static final class Builder extends UserGroupFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public UserGroupUpdate build() {
      requireAny("UserGroupUpdate");
      return new UserGroupUpdate(this);
    }
  }
}
