package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /networklocality}.
 */
public final class NetworkLocalityCreate extends CreateRequest<NetworkLocalityCreate> {
  private NetworkLocalityCreate() {}

  /** An entry saying whether {@code network} (an IP address or CIDR block) is external. */
  public static NetworkLocalityCreate of(String network, boolean external) {
    return new NetworkLocalityCreate().network(network).external(external);
  }

  /** The IP address or CIDR block (not blank). */
  public NetworkLocalityCreate network(String network) {
    return set("network", Validate.notBlank(network, "network"));
  }

  /** Whether the addresses are external. */
  public NetworkLocalityCreate external(boolean external) {
    return set("external", external);
  }

  /** The name. */
  public NetworkLocalityCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public NetworkLocalityCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  @Override
  List<String> requiredFields() {
    return List.of("network", "external");
  }
}
