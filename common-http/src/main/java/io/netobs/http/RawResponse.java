package io.netobs.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a raw call as it came: its status, its headers and its body as text. An error
 * status never comes back this way: it is thrown as the same typed exception as for any other call.
 *
 * @param status the HTTP status (2xx, or 3xx: redirects are not followed)
 * @param headers the answer's headers, names in lower case
 * @param text the body decoded as UTF-8 (or the charset the answer names); empty when it has none
 */
public record RawResponse(int status, Map<String, List<String>> headers, String text) {
  /** Copies the headers. */
  public RawResponse {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header, by case-insensitive name, or null when it is absent. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The status, the header names and the length of the text; no values (they may be tokens). */
  @Override
  public String toString() {
    return "RawResponse[status="
        + status
        + ", headers="
        + headers.keySet()
        + ", text="
        + text.length()
        + " chars]";
  }
}
