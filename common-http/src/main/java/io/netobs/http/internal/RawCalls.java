package io.netobs.http.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import io.netobs.http.AnswerType;
import io.netobs.http.RawRequest;
import io.netobs.http.RawResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;

/**
 * Raw calls, the same for both clients: a {@link RawRequest} becomes an {@link ApiRequest} and goes
 * through the core like any typed operation (credentials, rate limit, retries by the same
 * safe-to-repeat rule, typed errors, logging), and the answer is read as text, as a given type, or
 * as a tree of plain maps and lists. Stateless.
 */
public final class RawCalls {
  private static final String JSON = "application/json; charset=utf-8";
  private static final JavaType TREE = Json.mapper().constructType(Object.class);

  private RawCalls() {}

  /** Sends the request and returns the answer's status, headers and text. */
  public static RawResponse text(HttpCore core, RawRequest request) {
    return coreFor(core, request)
        .execute(
            apiRequest(request),
            response -> {
              byte[] bytes = response.bytes();
              return new RawResponse(
                  response.status(),
                  response.headers(),
                  new String(bytes, charset(response.header("Content-Type"))));
            });
  }

  /**
   * Sends the request and decodes the JSON answer as {@code type}; null when the answer has no
   * body.
   */
  public static <T> T decoded(HttpCore core, RawRequest request, AnswerType<T> type) {
    Checks.notNull(type, "type");
    return decoded(core, request, Json.mapper().constructType(type.type()));
  }

  /**
   * Sends the request and decodes the JSON answer as plain Java values: a {@code Map<String,
   * Object>} for an object, a {@code List<Object>} for an array, and {@code String}, {@code
   * Integer}, {@code Long}, {@code BigInteger}, {@code Double}, {@code Boolean} or null inside
   * them; null when the answer has no body.
   */
  public static Object tree(HttpCore core, RawRequest request) {
    return decoded(core, request, TREE);
  }

  private static <T> T decoded(HttpCore core, RawRequest request, JavaType type) {
    return coreFor(core, request)
        .execute(
            apiRequest(request),
            response -> {
              try (JsonParser parser = Json.mapper().createParser(response.body())) {
                if (parser.nextToken() == null) {
                  return null; // no body (204, or an empty 200)
                }
                return Json.mapper().readValue(parser, type);
              }
            });
  }

  /** The core for this request: a view with its options, when it has some. */
  private static HttpCore coreFor(HttpCore core, RawRequest request) {
    Checks.notNull(request, "request");
    return request.options() == null ? core : core.withRequestOptions(request.options());
  }

  /** The request as the core sends it. */
  static ApiRequest apiRequest(RawRequest request) {
    ApiRequest.Builder b =
        ApiRequest.of(request.method(), request.path(), request.pathParameters().toArray());
    for (Map.Entry<String, String> q : request.query()) {
      b.query(q.getKey(), q.getValue());
    }
    request.headers().forEach(b::header);
    if (request.body() != null) {
      b.json(request.body());
    } else if (request.bodyJson() != null) {
      b.bytes(request.bodyJson().getBytes(StandardCharsets.UTF_8), JSON);
    }
    return b.idempotent(request.idempotent()).build();
  }

  private static Charset charset(String contentType) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    return type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
  }
}
