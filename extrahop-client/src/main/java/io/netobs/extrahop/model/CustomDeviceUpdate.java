package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /customdevices/{id}}.
 */
public final class CustomDeviceUpdate extends UpdateRequest<CustomDeviceUpdate> {
  /** An update that sets nothing yet. */
  public CustomDeviceUpdate() {}

  /** The name (not blank). */
  public CustomDeviceUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public CustomDeviceUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public CustomDeviceUpdate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** Whether it is inactive. */
  public CustomDeviceUpdate disabled(boolean disabled) {
    return set("disabled", disabled);
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public CustomDeviceUpdate clearDescription() {
    return set("description", null);
  }
}
