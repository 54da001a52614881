package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.Map;

/**
 * The setters shared by {@link DeviceGroupCreate} and {@link DeviceGroupUpdate}: each field's
 * setter and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class DeviceGroupFields<B extends DeviceGroupFields<B>>
    extends RequestBody.Builder<B> {
  DeviceGroupFields() {}

  /**
   * The group's name; appliances accept an empty one (a dynamic group made from a filter is often
   * created so), so only null is refused.
   */
  public B name(String name) {
    return set("name", Validate.notNull(name, "name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Whether membership follows rules (true) or assignments (false). */
  public B dynamic(boolean dynamic) {
    return set("dynamic", dynamic);
  }

  /** The field a dynamic group matches, e.g. {@code type}. */
  public B field(String field) {
    return set("field", Validate.notNull(field, "field"));
  }

  /** The value a dynamic group matches, e.g. {@code /^extrahop.device.ftp_server$/}. */
  public B value(String value) {
    return set("value", Validate.notNull(value, "value"));
  }

  /** Whether custom devices can be members. */
  public B includeCustomDevices(boolean includeCustomDevices) {
    return set("include_custom_devices", includeCustomDevices);
  }

  /** The rule filter of a dynamic group (newer firmware), as a JSON object. */
  public B filter(Map<String, ?> filter) {
    return set("filter", Validate.map(filter, "filter"));
  }
}
