package io.netobs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as a fake server sees it: transport-neutral, so that the API fakes do not depend
 * on the server library underneath.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path without the query, e.g. {@code /api/v1/tags/7}
 * @param query the decoded query parameters, in order of appearance
 * @param headers the request headers, names in lower case
 * @param body the request body, empty when there was none
 */
public record FakeRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    byte[] body) {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Copies the maps; a null body is empty. */
  public FakeRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /** The first value of a header, or null; the name is matched without regard to case. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The first value of a query parameter, or null. */
  public @Nullable String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body parsed as JSON; a missing body is JSON null.
   *
   * @throws UncheckedIOException when the body is not JSON (fakes turn this into a 400)
   */
  public JsonNode json() {
    if (body.length == 0) {
      return JSON.nullNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("request body is not valid JSON", e);
    }
  }
}
