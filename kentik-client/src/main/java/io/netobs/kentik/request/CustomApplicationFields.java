package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import org.jspecify.annotations.Nullable;

/**
 * The setters shared by {@link CustomApplicationCreate.Builder} and {@link
 * CustomApplicationUpdate.Builder}, each checked once, as it is set. A null value leaves a field
 * out.
 *
 * @param <B> the concrete builder
 */
public abstract class CustomApplicationFields<B extends CustomApplicationFields<B>>
    extends RequestBody.Builder<B> {
  CustomApplicationFields() {}

  /**
   * Sets {@code name}, the application's name.
   *
   * @throws IllegalArgumentException when it is null or blank
   */
  public B name(String name) {
    return set("name", Rules.requiredText(name, "name"));
  }

  /** Sets {@code description}. */
  public B description(@Nullable String description) {
    return setOrOmit("description", description);
  }

  /** Sets {@code ip_range}: addresses or CIDR ranges, comma-separated. */
  public B ipRange(@Nullable String ipRange) {
    return setOrOmit("ip_range", ipRange);
  }

  /** Sets {@code protocol}: protocol numbers, comma-separated. */
  public B protocol(@Nullable String protocol) {
    return setOrOmit("protocol", protocol);
  }

  /** Sets {@code port}: ports, comma-separated. */
  public B port(@Nullable String port) {
    return setOrOmit("port", port);
  }

  /** Sets {@code asn}: ASNs, comma-separated. */
  public B asn(@Nullable String asn) {
    return setOrOmit("asn", asn);
  }
}
