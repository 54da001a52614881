package io.netobs.kentik.request;

import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.MatchField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of a Batch API upsert: with its value it defines one tag or one populator. Unlike
 * the Tag and Custom Dimension APIs, each match field is an array here ({@code "addr":
 * ["1.2.3.4"]}); a flow matches when it matches at least one value of every field the criterion
 * sets.
 *
 * <pre>{@code
 * Criterion c = Criterion.builder().direction(Direction.DST).addr("10.0.0.0/8", "192.168.0.0/16").port("443").build();
 * }</pre>
 *
 * <p>Only sent, never answered, so it lives with the requests.
 */
public final class Criterion {
  private final Direction direction;
  private final Map<MatchField, List<String>> fields;

  private Criterion(Direction direction, EnumMap<MatchField, List<String>> fields) {
    this.direction = direction;
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** A builder for a criterion; set at least one match field. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this criterion's direction and values, for a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.direction = direction;
    fields.forEach((field, values) -> b.fields.put(field, new ArrayList<>(values)));
    return b;
  }

  /**
   * The direction of the direction-specific fields; empty when not set (the Batch API then uses
   * {@code either} for populators; tags ignore it).
   */
  public Optional<Direction> direction() {
    return Optional.ofNullable(direction);
  }

  /** The match fields set, each with at least one value, in {@link MatchField} order. */
  public Map<MatchField, List<String>> fields() {
    return fields;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Criterion c
        && Objects.equals(c.direction, direction)
        && c.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(direction, fields);
  }

  @Override
  public String toString() {
    return "Criterion[direction=" + direction + ", fields=" + fields + "]";
  }

  /** Builds a {@link Criterion}. Each setter adds to the values already set for that field. */
  public static final class Builder {
    private Direction direction;
    private final EnumMap<MatchField, List<String>> fields = new EnumMap<>(MatchField.class);

    private Builder() {}

    /** Sets the direction of the direction-specific fields; null leaves it unset. */
    public Builder direction(@Nullable Direction direction) {
      this.direction = direction;
      return this;
    }

    /** Adds values to one field. */
    public Builder add(MatchField field, String... values) {
      return add(field, Arrays.asList(values));
    }

    /** Adds values to one field. */
    public Builder add(MatchField field, Collection<String> values) {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(values, field.wireName());
      for (String v : values) {
        if (v == null || v.isBlank()) {
          throw new IllegalArgumentException(
              field.wireName() + " values must not be null or blank");
        }
      }
      fields.computeIfAbsent(field, f -> new ArrayList<>(values.size())).addAll(values);
      return this;
    }

    /** Adds values to {@code device_name}. */
    public Builder deviceName(String... values) {
      return add(MatchField.DEVICE_NAME, values);
    }

    /** Adds values to {@code device_type}. */
    public Builder deviceType(String... values) {
      return add(MatchField.DEVICE_TYPE, values);
    }

    /** Adds values to {@code site}. */
    public Builder site(String... values) {
      return add(MatchField.SITE, values);
    }

    /** Adds values to {@code interface_name}. */
    public Builder interfaceName(String... values) {
      return add(MatchField.INTERFACE_NAME, values);
    }

    /** Adds values to {@code addr}. */
    public Builder addr(String... values) {
      return add(MatchField.ADDR, values);
    }

    /** Adds values to {@code port}. */
    public Builder port(String... values) {
      return add(MatchField.PORT, values);
    }

    /** Adds values to {@code tcp_flags}. */
    public Builder tcpFlags(String... values) {
      return add(MatchField.TCP_FLAGS, values);
    }

    /** Adds values to {@code protocol}. */
    public Builder protocol(String... values) {
      return add(MatchField.PROTOCOL, values);
    }

    /** Adds values to {@code asn}. */
    public Builder asn(String... values) {
      return add(MatchField.ASN, values);
    }

    /** Adds values to {@code lasthop_as_name}. */
    public Builder lasthopAsName(String... values) {
      return add(MatchField.LASTHOP_AS_NAME, values);
    }

    /** Adds values to {@code nexthop_asn}. */
    public Builder nexthopAsn(String... values) {
      return add(MatchField.NEXTHOP_ASN, values);
    }

    /** Adds values to {@code nexthop_as_name}. */
    public Builder nexthopAsName(String... values) {
      return add(MatchField.NEXTHOP_AS_NAME, values);
    }

    /** Adds values to {@code nexthop}. */
    public Builder nexthop(String... values) {
      return add(MatchField.NEXTHOP, values);
    }

    /** Adds values to {@code bgp_aspath}. */
    public Builder bgpAspath(String... values) {
      return add(MatchField.BGP_ASPATH, values);
    }

    /** Adds values to {@code bgp_community}. */
    public Builder bgpCommunity(String... values) {
      return add(MatchField.BGP_COMMUNITY, values);
    }

    /** Adds values to {@code mac}. */
    public Builder mac(String... values) {
      return add(MatchField.MAC, values);
    }

    /** Adds values to {@code country}. */
    public Builder country(String... values) {
      return add(MatchField.COUNTRY, values);
    }

    /** Adds values to {@code vlans}. */
    public Builder vlans(String... values) {
      return add(MatchField.VLANS, values);
    }

    /**
     * Builds the criterion.
     *
     * @throws IllegalArgumentException when no match field has a value
     */
    public Criterion build() {
      EnumMap<MatchField, List<String>> copy = new EnumMap<>(MatchField.class);
      fields.forEach(
          (field, values) -> {
            if (!values.isEmpty()) {
              copy.put(field, List.copyOf(values));
            }
          });
      if (copy.isEmpty()) {
        throw new IllegalArgumentException(
            "a criterion needs at least one match field with a value (addr, port, ...)");
      }
      return new Criterion(direction, copy);
    }
  }
}
