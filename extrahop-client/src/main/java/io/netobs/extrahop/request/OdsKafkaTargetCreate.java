package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.OdsTargetType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /odstargets/kafka}: an Open Data Stream target that sends to Kafka
 * brokers. Credentials and private keys never appear in {@code toString()}.
 */
public final class OdsKafkaTargetCreate extends OdsTargetCreate {
  private OdsKafkaTargetCreate(Builder builder) {
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

  /** {@link OdsTargetType#KAFKA}. */
  @Override
  public OdsTargetType type() {
    return OdsTargetType.KAFKA;
  }

  /** Builds an {@link OdsKafkaTargetCreate}. */
  public static final class Builder extends OdsTargetFields<Builder> {
    private Builder() {}

    /** {@code tcp} or {@code tls} (not blank). */
    public Builder protocol(String protocol) {
      return set("protocol", Validate.notBlank(protocol, "protocol"));
    }

    /** {@code none}, {@code gzip} or {@code snappy} (not blank). */
    public Builder compression(String compression) {
      return set("compression", Validate.notBlank(compression, "compression"));
    }

    /** {@code hash_key}, {@code manual}, {@code random} or {@code round_robin} (not blank). */
    public Builder partitionStrategy(String partitionStrategy) {
      return set("partition_strategy", Validate.notBlank(partitionStrategy, "partition_strategy"));
    }

    /**
     * SASL authentication, e.g. {@code {"mechanism": "plain", "username": "..", "password": ".."}};
     * secret, never in {@code toString()}.
     */
    public Builder authentication(Map<String, ?> authentication) {
      return setSecret("authentication", Validate.map(authentication, "authentication"));
    }

    /** Whether to skip the check of the brokers' certificates. */
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

    /** Adds a broker: its host (not blank) and port (0 to 65535). */
    public Builder broker(String host, int port) {
      Validate.notBlank(host, "brokers host");
      Validate.port(port, "brokers port");
      List<Object> brokers = new ArrayList<>();
      if (get("brokers") instanceof List<?> existing) {
        brokers.addAll(existing);
      }
      Map<String, Object> broker = new LinkedHashMap<>();
      broker.put("host", host);
      broker.put("port", port);
      brokers.add(Collections.unmodifiableMap(broker));
      return set("brokers", Collections.unmodifiableList(brokers));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when one of {@code name}, {@code brokers}, {@code protocol}
     *     is not set
     */
    public OdsKafkaTargetCreate build() {
      require("OdsKafkaTargetCreate", "name", "brokers", "protocol");
      return new OdsKafkaTargetCreate(this);
    }
  }
}
