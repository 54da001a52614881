package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Models;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How an identity provider's SAML attributes map to privileges on the appliance ({@code GET
 * /auth/identityproviders/{id}/privileges}). Each mapping is kept as the server sent it: an
 * attribute name and the attribute values that grant each level.
 *
 * @param writeLevel {@code writelevel}: the mapping to write privileges
 * @param ndrLevel {@code ndrlevel}: the mapping to NDR (detections) privileges
 * @param npmLevel {@code npmlevel}: the mapping to NPM privileges
 * @param packetsLevel {@code packetslevel}: the mapping to packet privileges
 * @param unknownFields every other field (older firmware's {@code detectionsaccesslevel}), as the
 *     server sent it
 */
public record IdentityProviderPrivileges(
    @JsonProperty("writelevel") Map<String, @Nullable Object> writeLevel,
    @JsonProperty("ndrlevel") Map<String, @Nullable Object> ndrLevel,
    @JsonProperty("npmlevel") Map<String, @Nullable Object> npmLevel,
    @JsonProperty("packetslevel") Map<String, @Nullable Object> packetsLevel,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the maps; missing ones become empty. */
  public IdentityProviderPrivileges {
    writeLevel = Models.copy(writeLevel);
    ndrLevel = Models.copy(ndrLevel);
    npmLevel = Models.copy(npmLevel);
    packetsLevel = Models.copy(packetsLevel);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
