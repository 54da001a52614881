package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code PATCH /auth/identityproviders/{id}}, which always carries the name and the two
 * switches (the API requires them) and the other fields to change.
 */
public final class IdentityProviderUpdate extends RequestBody {
  private IdentityProviderUpdate(Builder builder) {
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

  /** Builds a {@link IdentityProviderUpdate}. */
  public static final class Builder extends IdentityProviderFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name}, {@code enabled} or {@code
     *     auto_provision_users} is not set
     */
    public IdentityProviderUpdate build() {
      require("IdentityProviderUpdate", "name", "enabled", "auto_provision_users");
      return new IdentityProviderUpdate(this);
    }
  }
}
