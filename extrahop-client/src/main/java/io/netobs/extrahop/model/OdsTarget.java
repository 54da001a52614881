package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An Open Data Stream target ({@code GET /odstargets/{type}/{name}}): where triggers send data. The
 * fields common to most types are typed; the rest of the type's configuration (brokers,
 * compression, TLS settings...) is in {@link #unknownFields()}. Credentials are not answered by the
 * appliance.
 *
 * @param name the target's name, which addresses it
 * @param type its type; {@link io.netobs.extrahop.OdsTargets#list()} fills it in when the appliance
 *     leaves it out
 * @param host the host data is sent to (absent for Kafka, which has brokers)
 * @param port the port data is sent to
 * @param protocol the protocol ({@code https}, {@code tcp}, {@code tls}...)
 * @param unknownFields every other field, as the server sent it
 */
public record OdsTarget(
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("type") @Nullable OdsTargetType type,
    @JsonProperty("host") @Nullable String host,
    @JsonProperty("port") @Nullable Integer port,
    @JsonProperty("protocol") @Nullable String protocol,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public OdsTarget {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
