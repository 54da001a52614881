package io.netobs.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Turns an {@link ApiRequest} into what OkHttp sends: the URL under the client's base URL, the
 * headers of each attempt (the SDK's own, the client's, the request's) and the body, whichever of
 * the four kinds it is (a JSON value, bytes, a file, a stream that can be read once). Immutable.
 */
final class RequestAssembly {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final byte[] EMPTY = new byte[0];

  /** The body to send on every attempt, and its bytes when they are in memory (for TRACE logs). */
  record Body(RequestBody body, byte[] bytes, String contentType) {
    static final Body NONE = new Body(null, null, null);
  }

  private final HttpUrl baseUrl;
  private final String userAgent;
  private final Map<String, String> clientHeaders;

  RequestAssembly(HttpUrl baseUrl, String userAgent, Map<String, String> clientHeaders) {
    this.baseUrl = baseUrl;
    this.userAgent = userAgent;
    this.clientHeaders = clientHeaders;
  }

  /** The request's path segments after the base URL's, and its query. */
  HttpUrl url(ApiRequest request) {
    HttpUrl.Builder b = baseUrl.newBuilder();
    List<String> baseSegments = baseUrl.pathSegments();
    if (!baseSegments.isEmpty() && baseSegments.get(baseSegments.size() - 1).isEmpty()) {
      b.removePathSegment(baseSegments.size() - 1);
    }
    for (String segment : request.segments()) {
      b.addPathSegment(segment);
    }
    for (Map.Entry<String, String> q : request.query()) {
      b.addQueryParameter(q.getKey(), q.getValue());
    }
    return b.build();
  }

  /**
   * The headers of one attempt, in a map the auth and the hooks may add to: {@code User-Agent} and
   * {@code Accept}, then the client's own headers unless {@code withClientHeaders} is false (the
   * token request), then {@code callHeaders}.
   */
  Map<String, String> headers(Map<String, String> callHeaders, boolean withClientHeaders) {
    // Room for the usual few (user agent, accept, auth, a hook's) without growing.
    Map<String, String> headers = new LinkedHashMap<>(8);
    headers.put("User-Agent", userAgent);
    headers.put("Accept", "application/json");
    if (withClientHeaders) {
      headers.putAll(clientHeaders);
    }
    headers.putAll(callHeaders);
    return headers;
  }

  /** The OkHttp request of one attempt; {@code tag} lets the event listener find the attempt. */
  static Request okRequest(
      HttpUrl url, String method, Body body, Map<String, String> headers, Attempt<?> tag) {
    // The headers go straight into the request's own builder: a Headers built apart would be
    // copied into it again.
    Request.Builder request = new Request.Builder().url(url).method(method, body.body());
    headers.forEach(request::header);
    return request.tag(Attempt.class, tag).build();
  }

  /**
   * The body of a request, made once and sent on every attempt. POST, PUT and PATCH without a body
   * send an empty one, as HTTP expects.
   *
   * @throws IllegalArgumentException when a JSON value cannot be written
   */
  static Body body(ApiRequest request, String method, String path) {
    ApiRequest.Body body = request.body();
    if (body == null) {
      return switch (method) {
        case "POST", "PUT", "PATCH" -> new Body(RequestBody.create(EMPTY, null), EMPTY, null);
        default -> Body.NONE;
      };
    }
    if (body instanceof ApiRequest.JsonBody json) {
      try {
        byte[] bytes = Json.mapper().writeValueAsBytes(json.value());
        return new Body(RequestBody.create(bytes, JSON), bytes, JSON.toString());
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "the body of "
                + method
                + " "
                + path
                + " cannot be written as JSON: "
                + e.getOriginalMessage(),
            e);
      }
    }
    if (body instanceof ApiRequest.BytesBody bytes) {
      return new Body(
          RequestBody.create(bytes.bytes(), MediaType.parse(bytes.contentType())),
          bytes.bytes(),
          bytes.contentType());
    }
    if (body instanceof ApiRequest.FileBody file) {
      return new Body(
          RequestBody.create(file.file().toFile(), MediaType.parse(file.contentType())),
          null,
          file.contentType());
    }
    ApiRequest.StreamBody stream = (ApiRequest.StreamBody) body;
    return new Body(
        new RequestBody() {
          @Override
          public MediaType contentType() {
            return MediaType.parse(stream.contentType());
          }

          @Override
          public long contentLength() {
            return stream.length();
          }

          @Override
          public boolean isOneShot() {
            return true;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            try (Source source = Okio.source(stream.stream())) {
              sink.writeAll(source);
            }
          }
        },
        null,
        stream.contentType());
  }
}
