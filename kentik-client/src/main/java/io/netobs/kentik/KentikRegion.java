package io.netobs.kentik;

import java.util.Locale;

/** The Kentik cluster an organization is registered on. */
public enum KentikRegion {
  /**
   * The US cluster: V5 at {@code https://api.kentik.com/api/v5}, v6 at {@code
   * https://grpc.api.kentik.com}.
   */
  US("https://api.kentik.com/api/v5", "https://grpc.api.kentik.com"),
  /**
   * The EU cluster: V5 at {@code https://api.kentik.eu/api/v5}, v6 at {@code
   * https://grpc.api.kentik.eu}.
   */
  EU("https://api.kentik.eu/api/v5", "https://grpc.api.kentik.eu");

  private final String baseUrl;
  private final String v6BaseUrl;

  KentikRegion(String baseUrl, String v6BaseUrl) {
    this.baseUrl = baseUrl;
    this.v6BaseUrl = v6BaseUrl;
  }

  /** The V5 API's base URL on this cluster. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The root of the v6 APIs' REST gateway on this cluster; each service's paths start with its name
   * and version (e.g. {@code /synthetics/v202309/tests}).
   */
  public String v6BaseUrl() {
    return v6BaseUrl;
  }

  /**
   * The v6 root that goes with a V5 base URL: the region's own for a region's URL; otherwise the
   * same scheme, host and port with a trailing {@code /api/v5} taken off the path (a proxy or a
   * test server that serves both generations).
   */
  static String v6BaseUrlFor(String v5BaseUrl) {
    String url = v5BaseUrl.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    for (KentikRegion region : values()) {
      if (region.baseUrl.equalsIgnoreCase(url)) {
        return region.v6BaseUrl;
      }
    }
    return url.endsWith("/api/v5") ? url.substring(0, url.length() - "/api/v5".length()) : url;
  }

  /**
   * The region named {@code name}, in any case: {@code US} or {@code EU}.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static KentikRegion of(String name) {
    if (name != null) {
      switch (name.strip().toUpperCase(Locale.ROOT)) {
        case "US":
          return US;
        case "EU":
          return EU;
        default:
          break;
      }
    }
    throw new IllegalArgumentException("region must be US or EU, was '" + name + "'");
  }
}
