package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The license applied to the appliance ({@code GET /license}).
 *
 * @param edition the edition
 * @param platform the platform
 * @param serial the serial number
 * @param productKey the product key
 * @param dossier the license dossier
 * @param expiresAt when it expires
 * @param expiresIn how long until it expires, as sent
 * @param features the licensed features
 * @param modules the licensed modules
 * @param options the licensed options
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record License(
    @JsonProperty("edition") @Nullable String edition,
    @JsonProperty("platform") @Nullable String platform,
    @JsonProperty("serial") @Nullable String serial,
    @JsonProperty("product_key") @Nullable String productKey,
    @JsonProperty("dossier") @Nullable String dossier,
    @JsonProperty("expires_at") @Nullable Instant expiresAt,
    @JsonProperty("expires_in") @Nullable Long expiresIn,
    @JsonProperty("features") Map<String, @Nullable Object> features,
    @JsonProperty("modules") Map<String, @Nullable Object> modules,
    @JsonProperty("options") Map<String, @Nullable Object> options,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public License {
    features = Copies.map(features);
    modules = Copies.map(modules);
    options = Copies.map(options);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
