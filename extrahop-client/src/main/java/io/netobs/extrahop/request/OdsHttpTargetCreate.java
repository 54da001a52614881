package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.OdsTargetType;
import java.util.Map;

/**
 * The body of {@code POST /odstargets/http}: an Open Data Stream target that sends to an HTTP or
 * HTTPS server. Credentials and private keys never appear in {@code toString()}.
 */
public final class OdsHttpTargetCreate extends OdsTargetCreate {
  private OdsHttpTargetCreate(Builder builder) {
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

  /** {@link OdsTargetType#HTTP}. */
  @Override
  public OdsTargetType type() {
    return OdsTargetType.HTTP;
  }

  /** Builds an {@link OdsHttpTargetCreate}. */
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

    /** {@code http} or {@code https} (not blank). */
    public Builder protocol(String protocol) {
      return set("protocol", Validate.notBlank(protocol, "protocol"));
    }

    /** Whether to send requests pipelined on one connection. */
    public Builder pipeline(boolean pipeline) {
      return set("pipeline", pipeline);
    }

    /**
     * How to authenticate to the server, e.g. {@code {"type": "basic", "username": "..",
     * "password": ".."}}; secret, never in {@code toString()}.
     */
    public Builder authentication(Map<String, ?> authentication) {
      return setSecret("authentication", Validate.map(authentication, "authentication"));
    }

    /**
     * Extra header lines sent with each request (not blank); secret, as they often carry tokens.
     */
    public Builder additionalHeader(String additionalHeader) {
      return setSecret(
          "additional_header", Validate.notBlank(additionalHeader, "additional_header"));
    }

    /** Whether to skip the check of the server's certificate. */
    public Builder skipCertVerification(boolean skipCertVerification) {
      return set("skip_cert_verification", skipCertVerification);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when one of {@code name}, {@code host}, {@code port}, {@code
     *     protocol}, {@code pipeline}, {@code authentication} is not set
     */
    public OdsHttpTargetCreate build() {
      require(
          "OdsHttpTargetCreate", "name", "host", "port", "protocol", "pipeline", "authentication");
      return new OdsHttpTargetCreate(this);
    }
  }
}
