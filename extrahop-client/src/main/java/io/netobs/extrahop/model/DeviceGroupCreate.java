package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /devicegroups}.
 */
public final class DeviceGroupCreate extends CreateRequest<DeviceGroupCreate> {
  private DeviceGroupCreate() {}

  /** A static device group named {@code name} (not blank). */
  public static DeviceGroupCreate named(String name) {
    return new DeviceGroupCreate().name(name);
  }

  /** A dynamic group of the devices whose {@code field} matches {@code value}, as in the guide's FTP servers example. */
  public static DeviceGroupCreate dynamic(String name, String field, String value) {
    return new DeviceGroupCreate().name(name).dynamic(true).field(Validate.notBlank(field, "field")).value(Validate.notBlank(value, "value"));
  }

  /** The group's name (not blank). */
  public DeviceGroupCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public DeviceGroupCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Whether membership follows rules (true) or assignments (false). */
  public DeviceGroupCreate dynamic(boolean dynamic) {
    return set("dynamic", dynamic);
  }

  /** The field a dynamic group matches, e.g. {@code type}. */
  public DeviceGroupCreate field(String field) {
    return set("field", Validate.notNull(field, "field"));
  }

  /** The value a dynamic group matches, e.g. {@code /^extrahop.device.ftp_server$/}. */
  public DeviceGroupCreate value(String value) {
    return set("value", Validate.notNull(value, "value"));
  }

  /** Whether custom devices can be members. */
  public DeviceGroupCreate includeCustomDevices(boolean includeCustomDevices) {
    return set("include_custom_devices", includeCustomDevices);
  }

  /** The rule filter of a dynamic group (newer firmware), as a JSON object. */
  public DeviceGroupCreate filter(java.util.Map<String, ?> filter) {
    return set("filter", Validate.map(filter, "filter"));
  }

  @Override
  List<String> requiredFields() {
    return List.of("name");
  }
}
