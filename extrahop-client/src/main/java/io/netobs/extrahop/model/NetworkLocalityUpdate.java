package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /networklocality/{id}}.
 */
public final class NetworkLocalityUpdate extends UpdateRequest<NetworkLocalityUpdate> {
  /** An update that sets nothing yet. */
  public NetworkLocalityUpdate() {}

  /** The IP address or CIDR block (not blank). */
  public NetworkLocalityUpdate network(String network) {
    return set("network", Validate.notBlank(network, "network"));
  }

  /** Whether the addresses are external. */
  public NetworkLocalityUpdate external(boolean external) {
    return set("external", external);
  }

  /** The name. */
  public NetworkLocalityUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public NetworkLocalityUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public NetworkLocalityUpdate clearDescription() {
    return set("description", null);
  }

  /** Clears {@code name}: sends it as an explicit null. */
  public NetworkLocalityUpdate clearName() {
    return set("name", null);
  }
}
