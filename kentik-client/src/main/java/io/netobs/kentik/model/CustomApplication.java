package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.Map;

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
    @JsonProperty("name") String name,
    @JsonProperty("description") String description,
    @JsonProperty("ip_range") String ipRange,
    @JsonProperty("protocol") String protocol,
    @JsonProperty("port") String port,
    @JsonProperty("asn") String asn,
    @JsonProperty("user_id") String userId,
    @JsonProperty("company_id") String companyId,
    @JsonProperty("cdate") Instant cdate,
    @JsonProperty("edate") Instant edate,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public CustomApplication {
    unknownFields = Maps.unknown(unknownFields);
  }
}
