package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An identity provider users sign in through ({@code GET /auth/identityproviders}), today always a
 * SAML 2.0 provider.
 *
 * @param id the provider's id
 * @param name its name
 * @param type its type, {@code saml}
 * @param enabled whether users can sign in through it
 * @param autoProvisionUsers {@code auto_provision_users}: whether a user who signs in for the first
 *     time is created on the appliance
 * @param entityId {@code entity_id}: the SAML entity id
 * @param ssoUrl {@code sso_url}: the single sign-on URL
 * @param signingCertificate {@code signing_certificate}: the provider's X.509 signing certificate
 *     (PEM)
 * @param unknownFields every other field, as the server sent it
 */
public record IdentityProvider(
    @JsonProperty("id") long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonProperty("auto_provision_users") @Nullable Boolean autoProvisionUsers,
    @JsonProperty("entity_id") @Nullable String entityId,
    @JsonProperty("sso_url") @Nullable String ssoUrl,
    @JsonProperty("signing_certificate") @Nullable String signingCertificate,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public IdentityProvider {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
