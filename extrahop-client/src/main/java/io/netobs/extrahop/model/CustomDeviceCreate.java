package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /customdevices}.
 */
public final class CustomDeviceCreate extends CreateRequest<CustomDeviceCreate> {
  private CustomDeviceCreate() {}

  /** An active custom device named {@code name} ({@code disabled} false). */
  public static CustomDeviceCreate named(String name) {
    return new CustomDeviceCreate().name(name).disabled(false);
  }

  /** The name (not blank). */
  public CustomDeviceCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public CustomDeviceCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public CustomDeviceCreate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** Whether it is inactive. */
  public CustomDeviceCreate disabled(boolean disabled) {
    return set("disabled", disabled);
  }

  /** The unique id, without spaces; derived from the name when not set. */
  public CustomDeviceCreate extrahopId(String extrahopId) {
    return set("extrahop_id", Validate.notBlank(extrahopId, "extrahop_id"));
  }

  @Override
  List<String> requiredFields() {
    return List.of("name", "disabled");
  }
}
