package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /networks/{id}}.
 */
public final class NetworkUpdate extends UpdateRequest<NetworkUpdate> {
  /** An update that sets nothing yet. */
  public NetworkUpdate() {}

  /** The name (not blank). */
  public NetworkUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public NetworkUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public NetworkUpdate clearDescription() {
    return set("description", null);
  }
}
