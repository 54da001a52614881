package io.netobs.testing.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Masks credentials before a request is kept in a journal, so that a test report or a log of the
 * journal never shows a key, a token or a client secret. Not part of the public API.
 */
public final class Redaction {
  /** What a secret is replaced with. */
  public static final String MASK = "***";

  private static final Set<String> SECRET_HEADERS =
      Set.of(
          "authorization",
          "proxy-authorization",
          "x-ch-auth-api-token",
          "x-ch-auth-email",
          "cookie");
  private static final Set<String> PUBLIC_FORM_FIELDS = Set.of("grant_type", "scope");

  private Redaction() {}

  /** Whether a header (lower-case name) carries a secret. */
  public static boolean isSecretHeader(String lowerCaseName) {
    return SECRET_HEADERS.contains(lowerCaseName);
  }

  /** The headers with every secret value masked; names are kept. */
  public static Map<String, List<String>> headers(Map<String, List<String>> headers) {
    Map<String, List<String>> masked = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          if (isSecretHeader(name.toLowerCase(Locale.ROOT))) {
            List<String> copy = new ArrayList<>(values.size());
            values.forEach(value -> copy.add(maskValue(value)));
            masked.put(name, List.copyOf(copy));
          } else {
            masked.put(name, values);
          }
        });
    return masked;
  }

  /**
   * Masks one secret header value, keeping its scheme so tests can still see which kind of
   * credential was sent: {@code "Bearer abc"} becomes {@code "Bearer ***"}, {@code "ExtraHop
   * apikey=k"} becomes {@code "ExtraHop apikey=***"}, a bare token becomes {@code "***"}.
   */
  public static String maskValue(String value) {
    int space = value.indexOf(' ');
    if (space < 0) {
      return MASK;
    }
    String scheme = value.substring(0, space + 1);
    // Only a known parameter name is kept: base64 credentials end in '=' too, and must not show.
    return value.startsWith("apikey=", space + 1) ? scheme + "apikey=" + MASK : scheme + MASK;
  }

  /** Masks every value of a form body except {@code grant_type} and {@code scope}. */
  public static byte[] formBody(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    StringBuilder masked = new StringBuilder();
    for (String pair : text.split("&", -1)) {
      if (masked.length() > 0) {
        masked.append('&');
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      if (PUBLIC_FORM_FIELDS.contains(name)) {
        masked.append(pair);
      } else {
        masked.append(name).append('=').append(MASK);
      }
    }
    return masked.toString().getBytes(StandardCharsets.UTF_8);
  }
}
