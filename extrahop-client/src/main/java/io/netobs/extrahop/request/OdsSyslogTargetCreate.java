package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.OdsTargetType;

/**
 * The body of {@code POST /odstargets/syslog}: an Open Data Stream target that sends to a syslog
 * server. Credentials and private keys never appear in {@code toString()}.
 */
public final class OdsSyslogTargetCreate extends OdsTargetCreate {
  private OdsSyslogTargetCreate(Builder builder) {
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

  /** {@link OdsTargetType#SYSLOG}. */
  @Override
  public OdsTargetType type() {
    return OdsTargetType.SYSLOG;
  }

  /** Builds an {@link OdsSyslogTargetCreate}. */
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

    /** {@code tcp}, {@code udp} or {@code tls} (not blank). */
    public Builder protocol(String protocol) {
      return set("protocol", Validate.notBlank(protocol, "protocol"));
    }

    /** Whether timestamps are in the appliance's local time rather than UTC. */
    public Builder localtime(boolean localtime) {
      return set("localtime", localtime);
    }

    /** How many bytes to gather before sending (not negative). */
    public Builder batchMinBytes(long batchMinBytes) {
      return set("batch_min_bytes", Validate.nonNegative(batchMinBytes, "batch_min_bytes"));
    }

    /** How many connections to open at most (not negative). */
    public Builder concurrentConnections(long concurrentConnections) {
      return set(
          "concurrent_connections",
          Validate.nonNegative(concurrentConnections, "concurrent_connections"));
    }

    /** Whether messages over TCP are framed by a length prefix. */
    public Builder tcpLengthPrefixFraming(boolean tcpLengthPrefixFraming) {
      return set("tcp_length_prefix_framing", tcpLengthPrefixFraming);
    }

    /** Whether to skip the check of the server's certificate. */
    public Builder skipCertVerification(boolean skipCertVerification) {
      return set("skip_cert_verification", skipCertVerification);
    }

    /** The certificate authorities to trust, PEM (not blank). */
    public Builder tlsCaCerts(String tlsCaCerts) {
      return set("tls_ca_certs", Validate.notBlank(tlsCaCerts, "tls_ca_certs"));
    }

    /** The client certificate, PEM (not blank). */
    public Builder tlsClientCert(String tlsClientCert) {
      return set("tls_client_cert", Validate.notBlank(tlsClientCert, "tls_client_cert"));
    }

    /**
     * The client certificate's private key, PEM (not blank); secret, never in {@code toString()}.
     */
    public Builder tlsClientKey(String tlsClientKey) {
      return setSecret("tls_client_key", Validate.notBlank(tlsClientKey, "tls_client_key"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when one of {@code name}, {@code host}, {@code port}, {@code
     *     protocol} is not set
     */
    public OdsSyslogTargetCreate build() {
      require("OdsSyslogTargetCreate", "name", "host", "port", "protocol");
      return new OdsSyslogTargetCreate(this);
    }
  }
}
