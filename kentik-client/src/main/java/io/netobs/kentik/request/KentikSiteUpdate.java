package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * The changes to make to a site, sent as {@code {"site": {changed fields}}}; only the fields set
 * are sent, a cleared coordinate as {@code null}.
 *
 * <pre>{@code
 * kentik.sites().update(8483, KentikSiteUpdate.builder().siteName("paris-dc2").build());
 * }</pre>
 */
public final class KentikSiteUpdate extends RequestBody {
  private KentikSiteUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for the changes to a site. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link KentikSiteUpdate}. */
  public static final class Builder extends KentikSiteFields<Builder> {
    private Builder() {}

    /** Clears the latitude (sends {@code "lat": null}). */
    public Builder clearLat() {
      return set("lat", null);
    }

    /** Clears the longitude (sends {@code "lon": null}). */
    public Builder clearLon() {
      return set("lon", null);
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when nothing changes
     */
    public KentikSiteUpdate build() {
      requireAny("KentikSiteUpdate");
      return new KentikSiteUpdate(this);
    }
  }
}
