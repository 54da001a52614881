package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/** The body of {@code POST /usergroups}: a local user group. */
public final class UserGroupCreate extends RequestBody {
  private UserGroupCreate(Builder builder) {
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

  /** Builds a {@link UserGroupCreate}. */
  public static final class Builder extends UserGroupFields<Builder> {
    private Builder() {}

    /** The group's name (not blank); the name cannot be changed afterwards. */
    public Builder name(String name) {
      return set("name", Validate.notBlank(name, "name"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name} is not set
     */
    public UserGroupCreate build() {
      require("UserGroupCreate", "name");
      return new UserGroupCreate(this);
    }
  }
}
