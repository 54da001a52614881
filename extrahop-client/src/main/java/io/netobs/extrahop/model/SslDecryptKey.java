package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An SSL decryption key ({@code /ssldecryptkeys}), identified by the hex SHA-1 hash of the key. The
 * private key is never part of the answer.
 *
 * @param id the key's id: the hex SHA-1 of the key
 * @param name the name
 * @param enabled whether it is active
 * @param certificate the certificate, PEM
 * @param hash the key hash, as sent
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record SslDecryptKey(
    @JsonProperty("id") @Nullable String id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonProperty("certificate") @Nullable String certificate,
    @JsonProperty("hash") @Nullable String hash,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public SslDecryptKey {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
