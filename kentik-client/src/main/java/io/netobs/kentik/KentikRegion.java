package io.netobs.kentik;

import java.util.Locale;

/** The Kentik cluster an organization is registered on. */
public enum KentikRegion {
  /** The US cluster, {@code https://api.kentik.com/api/v5}. */
  US("https://api.kentik.com/api/v5"),
  /** The EU cluster, {@code https://api.kentik.eu/api/v5}. */
  EU("https://api.kentik.eu/api/v5");

  private final String baseUrl;

  KentikRegion(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The V5 API's base URL on this cluster. */
  public String baseUrl() {
    return baseUrl;
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
