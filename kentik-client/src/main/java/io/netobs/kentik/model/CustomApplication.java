package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A custom application as the API answers it: traffic recognised by addresses, protocol, ports and
 * ASNs. Create one with {@link io.netobs.kentik.request.CustomApplicationCreate}; change one with
 * {@link io.netobs.kentik.request.CustomApplicationUpdate}.
 *
 * @param id the application's id; 0 for one not created yet
 * @param name the application's name (required)
 * @param description an optional description
 * @param ipRange addresses or CIDR ranges, comma-separated
 * @param protocol protocol numbers, comma-separated
 * @param port ports, comma-separated
 * @param asn ASNs, comma-separated
 * @param userId the id of the user who created it (a string or a number on the wire)
 * @param companyId the customer's id (a string on the wire)
 * @param cdate when it was created; null when the answer carried none
 * @param edate when it was last changed; null when the answer carried none
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record CustomApplication(
    long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("ip_range") @Nullable String ipRange,
    @JsonProperty("protocol") @Nullable String protocol,
    @JsonProperty("port") @Nullable String port,
    @JsonProperty("asn") @Nullable String asn,
    @JsonProperty("user_id") @Nullable String userId,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonProperty("cdate") @Nullable Instant cdate,
    @JsonProperty("edate") @Nullable Instant edate,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public CustomApplication {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
