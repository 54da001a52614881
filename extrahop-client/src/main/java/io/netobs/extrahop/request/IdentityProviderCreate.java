package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/** The body of {@code POST /auth/identityproviders}: a SAML identity provider. */
public final class IdentityProviderCreate extends RequestBody {
  private IdentityProviderCreate(Builder builder) {
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

  /** Builds a {@link IdentityProviderCreate}. */
  public static final class Builder extends IdentityProviderFields<Builder> {
    private Builder() {}

    /** The provider's type (not blank); {@code saml}, which {@link #build()} sets when unset. */
    public Builder type(String type) {
      return set("type", Validate.notBlank(type, "type"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name}, {@code enabled} or {@code
     *     auto_provision_users} is not set
     */
    public IdentityProviderCreate build() {
      if (!has("type")) {
        set("type", "saml");
      }
      require("IdentityProviderCreate", "name", "enabled", "auto_provision_users", "type");
      return new IdentityProviderCreate(this);
    }
  }
}
