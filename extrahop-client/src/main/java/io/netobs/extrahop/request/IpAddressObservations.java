package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /observations/associatedipaddrs}: observations that tie an IP address the
 * appliance sees to another address (a VPN client's inside address, say), from a named source.
 *
 * <pre>{@code
 * IpAddressObservations.builder()
 *     .source("vpn-gateway")
 *     .observation("10.8.0.12", "203.0.113.40", Instant.parse("2026-12-01T10:00:00Z"))
 *     .build()
 * // {"source": "vpn-gateway", "observations": [{"ipaddr": "10.8.0.12",
 * //   "associated_ipaddr": "203.0.113.40", "timestamp": 1764583200000}]}
 * }</pre>
 */
public final class IpAddressObservations extends RequestBody {
  private IpAddressObservations(Builder builder) {
    super(builder);
  }

  /** A builder with no observation. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's fields, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder()).restore();
  }

  /** Builds an {@link IpAddressObservations}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private final List<Map<String, Object>> observations = new ArrayList<>();

    private Builder() {}

    /** Takes up the observations of a copied body, so that more can be added. */
    @SuppressWarnings("unchecked")
    private Builder restore() {
      if (get("observations") instanceof List<?> list) {
        list.forEach(o -> observations.add((Map<String, Object>) o));
      }
      return this;
    }

    /** Where the observations come from ({@code source}), such as the name of a VPN gateway. */
    public Builder source(String source) {
      return set("source", Validate.notNull(source, "source"));
    }

    /**
     * Adds an observation: the device address the appliance sees ({@code ipaddr}), the address
     * associated with it ({@code associated_ipaddr}), and when the source made the observation
     * ({@code timestamp}, sent in milliseconds since the epoch).
     */
    public Builder observation(String ipaddr, String associatedIpaddr, Instant timestamp) {
      Validate.notBlank(ipaddr, "ipaddr");
      Validate.notBlank(associatedIpaddr, "associated_ipaddr");
      Validate.notNull(timestamp, "timestamp");
      Map<String, Object> observation = new LinkedHashMap<>();
      observation.put("ipaddr", ipaddr);
      observation.put("associated_ipaddr", associatedIpaddr);
      observation.put("timestamp", timestamp.toEpochMilli());
      observations.add(Collections.unmodifiableMap(observation));
      return set("observations", List.copyOf(observations));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no observation was added
     */
    public IpAddressObservations build() {
      require("IpAddressObservations", "observations");
      return new IpAddressObservations(this);
    }
  }
}
