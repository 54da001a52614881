package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.OdsTargetType;

/**
 * The body of {@code POST /odstargets/raw}: an Open Data Stream target that sends to a server
 * receiving raw data over TCP or UDP. Credentials and private keys never appear in {@code
 * toString()}.
 */
public final class OdsRawTargetCreate extends OdsTargetCreate {
  private OdsRawTargetCreate(Builder builder) {
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

  /** {@link OdsTargetType#RAW}. */
  @Override
  public OdsTargetType type() {
    return OdsTargetType.RAW;
  }

  /** Builds an {@link OdsRawTargetCreate}. */
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

    /** {@code tcp} or {@code udp} (not blank). */
    public Builder protocol(String protocol) {
      return set("protocol", Validate.notBlank(protocol, "protocol"));
    }

    /** Whether to gzip the data. */
    public Builder compression(boolean compression) {
      return set("compression", compression);
    }

    /** How many bytes to gather before compressing (not negative). */
    public Builder gzipThresholdBytes(long gzipThresholdBytes) {
      return set(
          "gzip_threshold_bytes", Validate.nonNegative(gzipThresholdBytes, "gzip_threshold_bytes"));
    }

    /** How many seconds to gather data before compressing (not negative). */
    public Builder gzipThresholdSeconds(long gzipThresholdSeconds) {
      return set(
          "gzip_threshold_seconds",
          Validate.nonNegative(gzipThresholdSeconds, "gzip_threshold_seconds"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when one of {@code name}, {@code host}, {@code port}, {@code
     *     protocol} is not set
     */
    public OdsRawTargetCreate build() {
      require("OdsRawTargetCreate", "name", "host", "port", "protocol");
      return new OdsRawTargetCreate(this);
    }
  }
}
