package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The product key of a connected appliance ({@code GET /appliances/{id}/productkey}). The key is a
 * secret: {@link #toString()} never shows it.
 *
 * @param productKey the product key
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ApplianceProductKey(
    @JsonProperty("product_key") @Nullable String productKey,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ApplianceProductKey {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** The type and the names of the fields, the key masked. */
  @Override
  public String toString() {
    return "ApplianceProductKey[productKey="
        + (productKey == null ? "null" : "****")
        + ", unknownFields="
        + unknownFields.keySet()
        + "]";
  }
}
