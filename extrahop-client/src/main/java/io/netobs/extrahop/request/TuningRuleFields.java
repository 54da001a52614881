package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The setters shared by {@link TuningRuleCreate} and {@link TuningRuleUpdate}, each declared once
 * with its check. A participant (offender or victim) is {@code "Any"}, a device, or an address.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class TuningRuleFields<B extends TuningRuleFields<B>>
    extends RequestBody.Builder<B> {
  /** The value of {@code offender} or {@code victim} that matches any participant. */
  public static final String ANY = "Any";

  TuningRuleFields() {}

  /** The description ({@code description}, not blank). */
  public B description(String description) {
    return set("description", Validate.notBlank(description, "description"));
  }

  /**
   * The detection types the rule applies to ({@code detection_types}), such as {@code brute_force}.
   */
  public B detectionTypes(List<String> detectionTypes) {
    return set("detection_types", Validate.strings(detectionTypes, "detection_types"));
  }

  /** When the rule expires ({@code expiration}, epoch milliseconds). */
  public B expiration(Instant expiration) {
    Validate.notNull(expiration, "expiration");
    if (expiration.toEpochMilli() <= 0) {
      throw new IllegalArgumentException(
          "expiration must be after 1970-01-01T00:00:00Z, was " + expiration);
    }
    return set("expiration", expiration.toEpochMilli());
  }

  /** The rule never expires ({@code "expiration": 0}). */
  public B neverExpires() {
    return set("expiration", 0);
  }

  /** The rule applies to any offender ({@code "offender": "Any"}). */
  public B anyOffender() {
    return set("offender", ANY);
  }

  /**
   * The rule applies to this device as offender ({@code {"object_type": "device", "object_id"}}).
   */
  public B offenderDevice(long deviceId) {
    return set("offender", device(deviceId, "offender"));
  }

  /** The rule applies to this address as offender ({@code {"object_type": "ipaddr", ..}}). */
  public B offenderAddress(String address) {
    return set("offender", address(address, "offender"));
  }

  /**
   * The offender as the API's participant object, for forms this builder has no method for (a
   * device group, a network locality).
   */
  public B offender(Map<String, ?> offender) {
    return set("offender", Validate.map(offender, "offender"));
  }

  /** The rule applies to any victim ({@code "victim": "Any"}). */
  public B anyVictim() {
    return set("victim", ANY);
  }

  /** The rule applies to this device as victim. */
  public B victimDevice(long deviceId) {
    return set("victim", device(deviceId, "victim"));
  }

  /** The rule applies to this address as victim. */
  public B victimAddress(String address) {
    return set("victim", address(address, "victim"));
  }

  /** The victim as the API's participant object. */
  public B victim(Map<String, ?> victim) {
    return set("victim", Validate.map(victim, "victim"));
  }

  /**
   * The property filters ({@code properties}), each the API's filter object, such as {@code
   * {"property": "uri", "operator": "=", "value": "/health"}}.
   */
  public B properties(List<Map<String, Object>> properties) {
    return set("properties", Validate.list(properties, "properties"));
  }

  private static Map<String, Object> device(long id, String field) {
    Validate.positiveId(id, field + " deviceId");
    Map<String, Object> participant = new LinkedHashMap<>();
    participant.put("object_type", "device");
    participant.put("object_id", id);
    return Collections.unmodifiableMap(participant);
  }

  private static Map<String, Object> address(String address, String field) {
    Validate.notBlank(address, field + " address");
    Map<String, Object> participant = new LinkedHashMap<>();
    participant.put("object_type", "ipaddr");
    participant.put("object_value", address);
    return Collections.unmodifiableMap(participant);
  }
}
