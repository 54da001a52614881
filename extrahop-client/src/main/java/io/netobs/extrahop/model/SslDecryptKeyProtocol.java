package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A protocol and port decrypted with an SSL key ({@code /ssldecryptkeys/{id}/protocols}).
 *
 * @param id the entry's id, on firmware that gives one
 * @param protocol the protocol
 * @param port the port
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record SslDecryptKeyProtocol(
    @JsonProperty("id") @Nullable Long id,
    @JsonProperty("protocol") @Nullable String protocol,
    @JsonProperty("port") @Nullable Integer port,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public SslDecryptKeyProtocol {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
