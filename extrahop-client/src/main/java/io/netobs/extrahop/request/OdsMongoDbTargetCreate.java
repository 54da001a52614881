package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.OdsTargetType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /odstargets/mongodb}: an Open Data Stream target that sends to a MongoDB
 * server. Credentials and private keys never appear in {@code toString()}.
 */
public final class OdsMongoDbTargetCreate extends OdsTargetCreate {
  private OdsMongoDbTargetCreate(Builder builder) {
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

  /** {@link OdsTargetType#MONGODB}. */
  @Override
  public OdsTargetType type() {
    return OdsTargetType.MONGODB;
  }

  /** Builds an {@link OdsMongoDbTargetCreate}. */
  public static final class Builder extends OdsTargetFields<Builder> {
    private Builder() {}

    /** The host name or address of the server (not blank). */
    public Builder host(String host) {
      return set("host", Validate.notBlank(host, "host"));
    }

    /** The server's port (0 to 65535). */
    public Builder port(int port) {
      return set("port", Validate.port(port, "port"));
    }

    /** Whether to connect with TLS. */
    public Builder encrypt(boolean encrypt) {
      return set("encrypt", encrypt);
    }

    /** Whether to skip the check of the server's certificate. */
    public Builder skipCertVerification(boolean skipCertVerification) {
      return set("skip_cert_verification", skipCertVerification);
    }

    /**
     * The credentials to authenticate with, one object per database as the appliance spells them
     * (e.g. {@code {"database": "..", "username": "..", "password": ".."}}); secret, never in
     * {@code toString()}.
     */
    public Builder authentication(List<? extends Map<String, ?>> authentication) {
      Validate.notNull(authentication, "authentication");
      List<Object> copy = new ArrayList<>(authentication.size());
      for (Map<String, ?> credential : authentication) {
        copy.add(Validate.map(credential, "authentication element"));
      }
      return setSecret("authentication", Collections.unmodifiableList(copy));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when one of {@code name}, {@code host}, {@code port} is not
     *     set
     */
    public OdsMongoDbTargetCreate build() {
      require("OdsMongoDbTargetCreate", "name", "host", "port");
      return new OdsMongoDbTargetCreate(this);
    }
  }
}
