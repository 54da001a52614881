package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A network user: an account (such as an Active Directory user) that the appliance saw authenticate
 * on the network ({@code /networkusers}, and the results of {@code POST /search/eql/networkusers}).
 *
 * @param username the user's name, which identifies it in paths ({@code username})
 * @param domain the user's domain, when known ({@code domain})
 * @param customHighInfluence the manual high-influence setting ({@code custom_high_influence})
 * @param customHighPrivilege the manual high-privilege setting ({@code custom_high_privilege})
 * @param lastSeenTime when the user was last seen ({@code last_seen_time})
 * @param unknownFields fields this SDK does not model, as the server sent them
 */
public record NetworkUser(
    @JsonProperty("username") @Nullable String username,
    @JsonProperty("domain") @Nullable String domain,
    @JsonProperty("custom_high_influence") @Nullable NetworkUserFlag customHighInfluence,
    @JsonProperty("custom_high_privilege") @Nullable NetworkUserFlag customHighPrivilege,
    @JsonProperty("last_seen_time") @Nullable Instant lastSeenTime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public NetworkUser {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
