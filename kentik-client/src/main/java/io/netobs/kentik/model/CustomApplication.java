package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.Map;

/**
 * A custom application: traffic recognised by addresses, protocol, ports and ASNs. Create one with
 * {@link #builder()}; change one with {@link #toBuilder()} and send it back whole.
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

  public CustomApplication {
    unknownFields = Maps.unknown(unknownFields);
  }

  /** A builder for a new custom application. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this application's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.description = description;
    b.ipRange = ipRange;
    b.protocol = protocol;
    b.port = port;
    b.asn = asn;
    b.userId = userId;
    b.companyId = companyId;
    b.cdate = cdate;
    b.edate = edate;
    b.unknownFields = unknownFields;
    return b;
  }

  /** Builds a {@link CustomApplication}; the name is checked when it is sent. */
  public static final class Builder {
    private long id;
    private String name;
    private String description;
    private String ipRange;
    private String protocol;
    private String port;
    private String asn;
    private String userId;
    private String companyId;
    private Instant cdate;
    private Instant edate;
    private Map<String, Object> unknownFields = Map.of();

    private Builder() {}

    /** The id of an existing application, for an update. */
    public Builder id(long id) {
      this.id = id;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Addresses or CIDR ranges, comma-separated. */
    public Builder ipRange(String ipRange) {
      this.ipRange = ipRange;
      return this;
    }

    /** Protocol numbers, comma-separated. */
    public Builder protocol(String protocol) {
      this.protocol = protocol;
      return this;
    }

    /** Ports, comma-separated. */
    public Builder port(String port) {
      this.port = port;
      return this;
    }

    /** ASNs, comma-separated. */
    public Builder asn(String asn) {
      this.asn = asn;
      return this;
    }

    public CustomApplication build() {
      return new CustomApplication(id, name, description, ipRange, protocol, port, asn, userId, companyId, cdate, edate, unknownFields);
    }
  }
}
