package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.Map;

/**
 * A user of the Kentik account as the API answers it. Create one with {@link
 * io.netobs.kentik.request.KentikUserCreate}. An answer may carry the user's API token ({@code
 * user_api_token}): it is kept in {@link #apiToken()} and never shown by {@link #toString()}.
 *
 * @param id the user's id (a string on the wire)
 * @param username the login name (sent as {@code user_name} on create, read as {@code username})
 * @param userFullName the full name
 * @param userEmail the e-mail address
 * @param role the role, e.g. {@code Member} or {@code Administrator}
 * @param emailService whether the user gets service e-mails
 * @param emailProduct whether the user gets product e-mails
 * @param lastLogin the last login; null when the user never logged in
 * @param createdDate when it was created; null when the answer carried none
 * @param updatedDate when it was last changed; null when the answer carried none
 * @param companyId the customer's id (a string on the wire)
 * @param apiToken the user's API token when the answer carries it, else null; a secret
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record KentikUser(
    long id,
    @JsonProperty("username") String username,
    @JsonProperty("user_full_name") String userFullName,
    @JsonProperty("user_email") String userEmail,
    @JsonProperty("role") String role,
    @JsonProperty("email_service") boolean emailService,
    @JsonProperty("email_product") boolean emailProduct,
    @JsonProperty("last_login") Instant lastLogin,
    @JsonProperty("created_date") Instant createdDate,
    @JsonProperty("updated_date") Instant updatedDate,
    @JsonProperty("company_id") String companyId,
    @JsonProperty("user_api_token") String apiToken,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public KentikUser {
    unknownFields = Maps.unknown(unknownFields);
  }

  /** The user's id, name, e-mail and role; the API token is masked. */
  @Override
  public String toString() {
    return "KentikUser[id="
        + id
        + ", username="
        + username
        + ", userEmail="
        + userEmail
        + ", role="
        + role
        + ", apiToken="
        + (apiToken == null ? "null" : "****")
        + "]";
  }
}
