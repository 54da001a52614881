package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.Arrays;
import java.util.Collection;

/**
 * The setters shared by {@link NetworkLocalityCreate} and {@link NetworkLocalityUpdate}: each
 * field's setter and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class NetworkLocalityFields<B extends NetworkLocalityFields<B>>
    extends RequestBody.Builder<B> {
  NetworkLocalityFields() {}

  /**
   * The IP address or CIDR block (not blank): the older firmware's single field, still accepted
   * (and deprecated) by today's, which takes {@link #networks} instead.
   */
  public B network(String network) {
    return set("network", Validate.notBlank(network, "network"));
  }

  /**
   * The IP addresses and CIDR blocks (each not blank), as today's firmware takes them ({@code
   * networks}).
   */
  public B networks(Collection<String> networks) {
    return set("networks", Validate.strings(networks, "networks"));
  }

  /** As {@link #networks(Collection)}. */
  public B networks(String... networks) {
    Validate.notNull(networks, "networks");
    return networks(Arrays.asList(networks));
  }

  /** Whether the addresses are external. */
  public B external(boolean external) {
    return set("external", external);
  }

  /** The name. */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }
}
