package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /devicegroups/{id}}: only the fields set are sent; cleared fields go as null.
 */
public final class DeviceGroupUpdate extends UpdateRequest<DeviceGroupUpdate> {
  /** An update that sets nothing yet. */
  public DeviceGroupUpdate() {}

  /** The group's name (not blank). */
  public DeviceGroupUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public DeviceGroupUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Whether membership follows rules (true) or assignments (false). */
  public DeviceGroupUpdate dynamic(boolean dynamic) {
    return set("dynamic", dynamic);
  }

  /** The field a dynamic group matches, e.g. {@code type}. */
  public DeviceGroupUpdate field(String field) {
    return set("field", Validate.notNull(field, "field"));
  }

  /** The value a dynamic group matches, e.g. {@code /^extrahop.device.ftp_server$/}. */
  public DeviceGroupUpdate value(String value) {
    return set("value", Validate.notNull(value, "value"));
  }

  /** Whether custom devices can be members. */
  public DeviceGroupUpdate includeCustomDevices(boolean includeCustomDevices) {
    return set("include_custom_devices", includeCustomDevices);
  }

  /** The rule filter of a dynamic group (newer firmware), as a JSON object. */
  public DeviceGroupUpdate filter(java.util.Map<String, ?> filter) {
    return set("filter", Validate.map(filter, "filter"));
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public DeviceGroupUpdate clearDescription() {
    return set("description", null);
  }

  /** Clears {@code field}: sends it as an explicit null. */
  public DeviceGroupUpdate clearField() {
    return set("field", null);
  }

  /** Clears {@code value}: sends it as an explicit null. */
  public DeviceGroupUpdate clearValue() {
    return set("value", null);
  }

  /** Clears {@code filter}: sends it as an explicit null. */
  public DeviceGroupUpdate clearFilter() {
    return set("filter", null);
  }
}
