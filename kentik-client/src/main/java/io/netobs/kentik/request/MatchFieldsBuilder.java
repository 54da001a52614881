package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.model.MatchField;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The match-field setters shared by the flow tag and populator request builders (through {@link
 * FlowTagFields} and {@link PopulatorFields}), each written once. In these APIs every match field
 * is one string; lists are comma-separated ({@code "10.0.0.0/8,192.168.0.0/16"}), which {@link
 * #match(MatchField, Collection)} writes for you.
 *
 * <p>A null value leaves the field unset. In an update, an empty string clears the field on the
 * server.
 *
 * @param <B> the concrete builder
 */
public abstract class MatchFieldsBuilder<B extends MatchFieldsBuilder<B>>
    extends RequestBody.Builder<B> {
  MatchFieldsBuilder() {}

  /** Sets one match field; null unsets it. */
  public B match(MatchField field, @Nullable String value) {
    Objects.requireNonNull(field, "field");
    check(field, value);
    return setOrOmit(field.wireName(), value);
  }

  /** Sets one match field to a comma-separated list of {@code values}; null unsets it. */
  public B match(MatchField field, @Nullable Collection<String> values) {
    if (values == null) {
      return match(field, (String) null);
    }
    for (String v : values) {
      if (v == null || v.isBlank() || v.indexOf(',') >= 0) {
        throw new IllegalArgumentException(
            field.wireName()
                + " values must be non-blank and must not contain commas (commas separate them), got "
                + values);
      }
    }
    return match(field, String.join(",", values));
  }

  /** Copies every match field of {@code values}. */
  public B match(Map<MatchField, String> values) {
    values.forEach(this::match);
    return self();
  }

  /** Sets {@code device_name}: a device name the sending device's name contains. */
  public B deviceName(String value) {
    return match(MatchField.DEVICE_NAME, value);
  }

  /** Sets {@code device_type}: device types or regular expressions, comma-separated. */
  public B deviceType(String value) {
    return match(MatchField.DEVICE_TYPE, value);
  }

  /** Sets {@code site}: sites or regular expressions, comma-separated. */
  public B site(String value) {
    return match(MatchField.SITE, value);
  }

  /** Sets {@code interface_name}: text the interface name or description contains. */
  public B interfaceName(String value) {
    return match(MatchField.INTERFACE_NAME, value);
  }

  /** Sets {@code addr}: IP addresses or CIDR ranges, comma-separated (at most 249 for a tag). */
  public B addr(String value) {
    return match(MatchField.ADDR, value);
  }

  /** Sets {@code port}: ports, comma-separated. */
  public B port(String value) {
    return match(MatchField.PORT, value);
  }

  /** Sets {@code tcp_flags}: a TCP flags bitmask, 0-255. */
  public B tcpFlags(String value) {
    return match(MatchField.TCP_FLAGS, value);
  }

  /** Sets {@code protocol}: protocol numbers, comma-separated. */
  public B protocol(String value) {
    return match(MatchField.PROTOCOL, value);
  }

  /** Sets {@code asn}: last-hop (origin) ASNs, comma-separated. */
  public B asn(String value) {
    return match(MatchField.ASN, value);
  }

  /** Sets {@code lasthop_as_name}: last-hop AS names or regular expressions, comma-separated. */
  public B lasthopAsName(String value) {
    return match(MatchField.LASTHOP_AS_NAME, value);
  }

  /** Sets {@code nexthop_asn}: next-hop ASNs, comma-separated. */
  public B nexthopAsn(String value) {
    return match(MatchField.NEXTHOP_ASN, value);
  }

  /** Sets {@code nexthop_as_name}: next-hop AS names or regular expressions, comma-separated. */
  public B nexthopAsName(String value) {
    return match(MatchField.NEXTHOP_AS_NAME, value);
  }

  /** Sets {@code nexthop}: next-hop IPv4/IPv6 CIDRs, comma-separated. */
  public B nexthop(String value) {
    return match(MatchField.NEXTHOP, value);
  }

  /** Sets {@code bgp_aspath}: BGP AS paths or regular expressions, comma-separated. */
  public B bgpAspath(String value) {
    return match(MatchField.BGP_ASPATH, value);
  }

  /** Sets {@code bgp_community}: BGP communities or regular expressions, comma-separated. */
  public B bgpCommunity(String value) {
    return match(MatchField.BGP_COMMUNITY, value);
  }

  /** Sets {@code mac}: MAC addresses, comma-separated. */
  public B mac(String value) {
    return match(MatchField.MAC, value);
  }

  /** Sets {@code country}: two-letter country codes, comma-separated. */
  public B country(String value) {
    return match(MatchField.COUNTRY, value);
  }

  /** Sets {@code vlans}: VLAN ids, comma-separated. */
  public B vlans(String value) {
    return match(MatchField.VLANS, value);
  }

  /** Checks a match field's value as it is set; a subclass adds the rules of its API. */
  void check(MatchField field, String value) {}

  /**
   * Leaves out the match fields set blank (on a create there is nothing to clear) and checks that
   * at least one match field is left, for a create's {@code build()}.
   *
   * @throws IllegalArgumentException with the message {@code missing} when no match field is left
   */
  void requireMatchField(String missing) {
    boolean matches = false;
    for (Map.Entry<String, Object> e : List.copyOf(fields().entrySet())) {
      if (MatchField.fromWireName(e.getKey()) == null) {
        continue;
      }
      if (e.getValue() instanceof String v && v.isBlank()) {
        remove(e.getKey());
      } else {
        matches = true;
      }
    }
    if (!matches) {
      throw new IllegalArgumentException(missing);
    }
  }
}
