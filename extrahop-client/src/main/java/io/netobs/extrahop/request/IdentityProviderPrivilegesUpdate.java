package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.Map;

/**
 * The body of {@code PATCH /auth/identityproviders/{id}/privileges}: for each privilege, the SAML
 * attribute that carries it and the attribute values that grant each level, as the appliance's
 * privilege mapping spells it. Only the mappings set are changed.
 */
public final class IdentityProviderPrivilegesUpdate extends RequestBody {
  private IdentityProviderPrivilegesUpdate(Builder builder) {
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

  /** Builds an {@link IdentityProviderPrivilegesUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The mapping to write privileges ({@code writelevel}). */
    public Builder writeLevel(Map<String, ?> mapping) {
      return set("writelevel", Validate.map(mapping, "writelevel"));
    }

    /** The mapping to NDR (detections) privileges ({@code ndrlevel}). */
    public Builder ndrLevel(Map<String, ?> mapping) {
      return set("ndrlevel", Validate.map(mapping, "ndrlevel"));
    }

    /** The mapping to NPM privileges ({@code npmlevel}). */
    public Builder npmLevel(Map<String, ?> mapping) {
      return set("npmlevel", Validate.map(mapping, "npmlevel"));
    }

    /** The mapping to packet privileges ({@code packetslevel}). */
    public Builder packetsLevel(Map<String, ?> mapping) {
      return set("packetslevel", Validate.map(mapping, "packetslevel"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no mapping is set
     */
    public IdentityProviderPrivilegesUpdate build() {
      requireAny("IdentityProviderPrivilegesUpdate");
      return new IdentityProviderPrivilegesUpdate(this);
    }
  }
}
