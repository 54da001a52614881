package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;

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
    @JsonProperty("edition") String edition,
    @JsonProperty("platform") String platform,
    @JsonProperty("serial") String serial,
    @JsonProperty("product_key") String productKey,
    @JsonProperty("dossier") String dossier,
    @JsonProperty("expires_at") Instant expiresAt,
    @JsonProperty("expires_in") Long expiresIn,
    @JsonProperty("features") Map<String, Object> features,
    @JsonProperty("modules") Map<String, Object> modules,
    @JsonProperty("options") Map<String, Object> options,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public License {
    features = Copies.map(features);
    modules = Copies.map(modules);
    options = Copies.map(options);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
