package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user of a My Kentik Portal {@link Tenant}. The API sends the ids as strings.
 *
 * @param id the user's id
 * @param userEmail the e-mail address
 * @param userName the login name, when set
 * @param userFullName the full name, when set
 * @param lastLogin the last login; null when the user never logged in
 * @param tenantId the id of the tenant
 * @param companyId the customer's id
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record TenantUser(
    long id,
    @JsonProperty("user_email") @Nullable String userEmail,
    @JsonProperty("user_name") @Nullable String userName,
    @JsonProperty("user_full_name") @Nullable String userFullName,
    @JsonProperty("last_login") @Nullable Instant lastLogin,
    @JsonProperty("tenant_id") long tenantId,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public TenantUser {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
