package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A next-hop ASN of a device interface and the packets seen through it. The API spells the keys in
 * more than one way ({@code Asn}, {@code ASN}; {@code Packets}, {@code packets}); each is read.
 *
 * @param asn the autonomous system number
 * @param packets the packets seen
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record NexthopAsn(
    @JsonProperty("Asn") @JsonAlias({"ASN", "asn"}) long asn,
    @JsonProperty("Packets") @JsonAlias({"packets"}) long packets,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public NexthopAsn {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
