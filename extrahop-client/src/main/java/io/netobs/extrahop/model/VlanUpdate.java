package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /vlans/{id}}.
 */
public final class VlanUpdate extends UpdateRequest<VlanUpdate> {
  /** An update that sets nothing yet. */
  public VlanUpdate() {}

  /** The name. */
  public VlanUpdate name(String name) {
    return set("name", Validate.notNull(name, "name"));
  }

  /** A description. */
  public VlanUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Clears {@code name}: sends it as an explicit null. */
  public VlanUpdate clearName() {
    return set("name", null);
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public VlanUpdate clearDescription() {
    return set("description", null);
  }
}
