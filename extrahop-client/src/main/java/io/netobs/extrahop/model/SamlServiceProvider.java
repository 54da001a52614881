package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The appliance as a SAML service provider ({@code GET /auth/samlsp}): what an identity provider
 * needs to know about it.
 *
 * @param entityId {@code entity_id}: the appliance's SAML entity id
 * @param acsUrl {@code acs_url}: the assertion consumer service URL identity providers post to
 * @param unknownFields every other field, as the server sent it
 */
public record SamlServiceProvider(
    @JsonProperty("entity_id") @Nullable String entityId,
    @JsonProperty("acs_url") @Nullable String acsUrl,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public SamlServiceProvider {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
