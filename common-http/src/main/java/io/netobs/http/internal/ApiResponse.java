package io.netobs.http.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A successful answer, open for reading while a {@link HttpCore.ResponseReader} runs; closed by the
 * core afterwards.
 *
 * @param method the request's method
 * @param path the request's path, without the query
 * @param status the HTTP status
 * @param headers the response headers, names in lower case
 * @param body the body stream (empty for 204)
 */
public record ApiResponse(
    String method, String path, int status, Map<String, List<String>> headers, InputStream body) {
  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
