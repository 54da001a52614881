package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The setters shared by {@link CustomDeviceCreate} and {@link CustomDeviceUpdate}: each field's
 * setter and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class CustomDeviceFields<B extends CustomDeviceFields<B>>
    extends RequestBody.Builder<B> {
  CustomDeviceFields() {}

  /** The name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public B author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** Whether it is inactive. */
  public B disabled(boolean disabled) {
    return set("disabled", disabled);
  }

  /**
   * The criteria that make up the device ({@code criteria}, current firmware), each an address or
   * CIDR block with optional port and VLAN ranges. Sent in an update, they replace every criterion
   * the device had; an empty list removes them all. Older firmware manages criteria one by one
   * instead ({@code CustomDevices.addCriterion}).
   */
  public B criteria(List<CustomDeviceCriterionCreate> criteria) {
    Validate.list(criteria, "criteria");
    List<Map<String, Object>> sent = new ArrayList<>(criteria.size());
    criteria.forEach(c -> sent.add(c.toMap()));
    return set("criteria", List.copyOf(sent));
  }

  /** The unique id, without spaces; derived from the name when not set. */
  public B extrahopId(String extrahopId) {
    return set("extrahop_id", Validate.notBlank(extrahopId, "extrahop_id"));
  }
}
