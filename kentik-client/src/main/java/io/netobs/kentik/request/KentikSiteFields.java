package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;

/**
 * The setters shared by {@link KentikSiteCreate.Builder} and {@link KentikSiteUpdate.Builder}.
 *
 * @param <B> the concrete builder
 */
public abstract class KentikSiteFields<B extends KentikSiteFields<B>>
    extends RequestBody.Builder<B> {
  KentikSiteFields() {}

  /** Sets {@code site_name}. */
  public B siteName(String siteName) {
    return set("site_name", Rules.requiredText(siteName, "site_name"));
  }

  /**
   * Sets {@code lat}, the latitude in degrees.
   *
   * @throws IllegalArgumentException when it is not a finite number
   */
  public B lat(double latitude) {
    return set("lat", finite(latitude, "lat"));
  }

  /**
   * Sets {@code lon}, the longitude in degrees.
   *
   * @throws IllegalArgumentException when it is not a finite number
   */
  public B lon(double longitude) {
    return set("lon", finite(longitude, "lon"));
  }

  private static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, was " + value);
    }
    return value;
  }
}
