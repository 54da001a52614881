package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A domain controller connection of a sensor ({@code
 * /appliances/{id}/domaincontrollers/connections}); the password is never answered.
 *
 * @param dcHost the domain controller's fully qualified name
 * @param dcName the domain controller's name
 * @param realm the Kerberos realm
 * @param username the domain user the sensor signs in as
 * @param adDecryptionEnabled whether Active Directory decryption is on
 * @param adResponseEnabled whether response actions are on
 * @param adUserEnrichmentEnabled whether user profiles are imported
 * @param passwordInterval the days between generated passwords, or null
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record DomainController(
    @JsonProperty("dc_host") @Nullable String dcHost,
    @JsonProperty("dc_name") @Nullable String dcName,
    @JsonProperty("realm") @Nullable String realm,
    @JsonProperty("username") @Nullable String username,
    @JsonProperty("ad_decryption_enabled") @Nullable Boolean adDecryptionEnabled,
    @JsonProperty("ad_response_enabled") @Nullable Boolean adResponseEnabled,
    @JsonProperty("ad_user_enrichment_enabled") @Nullable Boolean adUserEnrichmentEnabled,
    @JsonProperty("password_interval") @Nullable Integer passwordInterval,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public DomainController {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
