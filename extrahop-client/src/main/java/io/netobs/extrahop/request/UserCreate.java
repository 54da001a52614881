package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /users}. The password never appears in {@code toString()}. */
public final class UserCreate extends RequestBody {
  private UserCreate(Builder builder) {
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

  /** Builds a {@link UserCreate}. */
  public static final class Builder extends UserFields<Builder> {
    private Builder() {}

    /** Whether the user belongs to the ExtraHop account team ({@code eh_account_team}). */
    public Builder ehAccountTeam(boolean ehAccountTeam) {
      return set("eh_account_team", ehAccountTeam);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code username}, {@code name} is not set
     */
    public UserCreate build() {
      require("UserCreate", "username", "name");
      return new UserCreate(this);
    }
  }
}
