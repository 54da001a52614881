package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * A new site, sent as {@code {"site": {...}}}; {@code site_name} is required, the coordinates
 * optional.
 *
 * <pre>{@code
 * KentikSiteCreate paris = KentikSiteCreate.builder().siteName("paris-dc1").lat(48.86).lon(2.35).build();
 * }</pre>
 */
public final class KentikSiteCreate extends RequestBody {
  private KentikSiteCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a new site. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link KentikSiteCreate}. */
  public static final class Builder extends KentikSiteFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when {@code site_name} is missing
     */
    public KentikSiteCreate build() {
      require("KentikSiteCreate", "site_name");
      return new KentikSiteCreate(this);
    }
  }
}
