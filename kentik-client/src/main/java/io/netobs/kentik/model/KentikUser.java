package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    @JsonProperty("username") @Nullable String username,
    @JsonProperty("user_full_name") @Nullable String userFullName,
    @JsonProperty("user_email") @Nullable String userEmail,
    @JsonProperty("role") @Nullable String role,
    @JsonProperty("email_service") boolean emailService,
    @JsonProperty("email_product") boolean emailProduct,
    @JsonProperty("last_login") @Nullable Instant lastLogin,
    @JsonProperty("created_date") @Nullable Instant createdDate,
    @JsonProperty("updated_date") @Nullable Instant updatedDate,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonProperty("user_api_token") @Nullable String apiToken,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public KentikUser {
    unknownFields = UnknownFields.copyOf(unknownFields);
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
