package io.netobs.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A call the SDK has no operation for yet, made through a client's {@code raw()} with the client's
 * credentials, rate limit, retries, errors and logging:
 *
 * <pre>{@code
 * RawRequest request = RawRequest.builder()
 *     .method("GET")
 *     .path("/devices/{}/activity", 101)
 *     .query("limit", 10)
 *     .build();
 * List<Map<String, Object>> activity = client.raw().call(request, new AnswerType<>() {});
 * }</pre>
 *
 * <p>The path is relative to the client's base URL ({@code /devices} on an appliance means {@code
 * https://host/api/v1/devices}). Each {@code {}} in it is replaced by the next path parameter,
 * percent-encoded as one whole segment, so that no value can change the path's shape.
 *
 * <p>A call is sent again after a failure only when that is safe: GET, HEAD, PUT, DELETE and
 * OPTIONS are, any other method (a POST) only when it surely did not reach the server, unless
 * {@link Builder#idempotent(boolean)} declares it safe to repeat.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class RawRequest {
  private final String method;
  private final String path;
  private final List<Object> pathParameters;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final Object body;
  private final String bodyJson;
  private final Boolean idempotent;
  private final RequestOptions options;

  private RawRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.pathParameters = List.copyOf(b.pathParameters);
    this.query = List.copyOf(b.query);
    this.headers = Map.copyOf(b.headers);
    this.body = b.body;
    this.bodyJson = b.bodyJson;
    this.idempotent = b.idempotent;
    this.options = b.options;
  }

  /** A builder; {@code method} and {@code path} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, to make a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.method = method;
    b.path = path;
    b.pathParameters.addAll(pathParameters);
    b.query.addAll(query);
    b.headers.putAll(headers);
    b.body = body;
    b.bodyJson = bodyJson;
    b.idempotent = idempotent;
    b.options = options;
    return b;
  }

  /** The HTTP method, as sent. */
  public String method() {
    return method;
  }

  /** The path relative to the client's base URL, with its {@code {}} placeholders. */
  public String path() {
    return path;
  }

  /** The values of the path's {@code {}} placeholders, in order. */
  public List<Object> pathParameters() {
    return pathParameters;
  }

  /** The query parameters, in order (a name may come more than once). */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /** The headers added to the client's. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The value sent as JSON, or null when the body is {@link #bodyJson()} or there is none. */
  public Object body() {
    return body;
  }

  /** The JSON text sent as it is, or null when the body is {@link #body()} or there is none. */
  public String bodyJson() {
    return bodyJson;
  }

  /**
   * Whether sending the call twice has the effect of sending it once: as declared, or else true for
   * GET, HEAD, PUT, DELETE and OPTIONS.
   */
  public boolean idempotent() {
    if (idempotent != null) {
      return idempotent;
    }
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  /** The options of this call, or null for the client's. */
  public RequestOptions options() {
    return options;
  }

  /** The method, path and the names of what is set; no values (they may hold secrets). */
  @Override
  public String toString() {
    return "RawRequest["
        + method
        + " "
        + path
        + (query.isEmpty() ? "" : ", query=" + query.stream().map(Map.Entry::getKey).toList())
        + (headers.isEmpty() ? "" : ", headers=" + headers.keySet())
        + (body != null || bodyJson != null ? ", JSON body" : "")
        + (idempotent == null ? "" : ", idempotent=" + idempotent)
        + (options == null ? "" : ", " + options)
        + "]";
  }

  /** Builds a {@link RawRequest}. Mutable and not thread-safe. */
  public static final class Builder {
    private String method;
    private String path;
    private final List<Object> pathParameters = new ArrayList<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object body;
    private String bodyJson;
    private Boolean idempotent;
    private RequestOptions options;

    private Builder() {}

    /**
     * The HTTP method, sent as given ({@code GET}, {@code POST}, ...; methods are case-sensitive).
     *
     * @throws IllegalArgumentException when it is blank or not an HTTP token
     */
    public Builder method(String method) {
      Objects.requireNonNull(method, "method must not be null");
      if (method.isEmpty()
          || !method
              .chars()
              .allMatch(c -> c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0)) {
        throw new IllegalArgumentException(
            "method must be an HTTP method such as GET or POST, was '" + method + "'");
      }
      this.method = method;
      return this;
    }

    /**
     * The path relative to the client's base URL, starting with {@code /}; each {@code {}} is
     * replaced by the next of {@code parameters}, percent-encoded as one segment. The other
     * segments are percent-encoded as needed too (write them decoded: {@code /users/ann lee}).
     *
     * @throws IllegalArgumentException when it does not start with {@code /}, holds a query or
     *     fragment (use {@link #query}), a {@code .} or {@code ..} segment, or a number of {@code
     *     {}} other than the parameters given
     * @throws NullPointerException when a parameter is null
     */
    public Builder path(String path, Object... parameters) {
      Objects.requireNonNull(path, "path must not be null");
      Objects.requireNonNull(parameters, "parameters must not be null");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException(
            "path must start with '/' (it is relative to the client's base URL), was '"
                + path
                + "'");
      }
      if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
        throw new IllegalArgumentException(
            "path must not hold a query or fragment: add query parameters with query(name, value), was '"
                + path
                + "'");
      }
      int placeholders = 0;
      for (String segment : path.substring(1).split("/", -1)) {
        if (segment.equals(".") || segment.equals("..")) {
          throw new IllegalArgumentException(
              "path must not have '.' or '..' segments (it stays under the base URL), was '"
                  + path
                  + "'");
        }
        if (segment.equals("{}")) {
          placeholders++;
        }
      }
      if (placeholders != parameters.length) {
        throw new IllegalArgumentException(
            "path '"
                + path
                + "' has "
                + placeholders
                + " {} placeholders but "
                + parameters.length
                + " parameters were given");
      }
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] == null) {
          throw new NullPointerException("path parameter " + (i + 1) + " must not be null");
        }
      }
      this.path = path;
      this.pathParameters.clear();
      this.pathParameters.addAll(Arrays.asList(parameters));
      return this;
    }

    /**
     * Adds a query parameter (sent percent-encoded); a name may be added more than once. A null
     * value is skipped, so that optional values can be passed as they are.
     */
    public Builder query(String name, Object value) {
      Objects.requireNonNull(name, "query parameter name must not be null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("query parameter name must not be empty");
      }
      if (value != null) {
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    /**
     * Adds a header, replacing a client header of the same name. The credential and framing headers
     * are the SDK's own and are refused, as by {@link RequestOptions.Builder#header}.
     */
    public Builder header(String name, String value) {
      CoreOptionsBuilder.checkHeader(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * A body: {@code value} written as JSON (a record, a map, a list, a {@link RequestBody}, ...).
     * Replaces a {@link #bodyJson} set before.
     */
    public Builder body(Object value) {
      this.body = Objects.requireNonNull(value, "body must not be null (leave it unset for none)");
      this.bodyJson = null;
      return this;
    }

    /**
     * A body of JSON text, sent as it is with {@code Content-Type: application/json}. Replaces a
     * {@link #body} set before.
     */
    public Builder bodyJson(String json) {
      this.bodyJson = Objects.requireNonNull(json, "bodyJson must not be null (leave it unset)");
      this.body = null;
      return this;
    }

    /**
     * Declares whether sending the call twice has the effect of sending it once (a search made with
     * POST, say), so that it may be retried after its bytes may have reached the server. By default
     * GET, HEAD, PUT, DELETE and OPTIONS are, other methods are not.
     */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /** Timeouts, retry policy and headers for this call, replacing the client's. */
    public Builder options(RequestOptions options) {
      this.options = Objects.requireNonNull(options, "options must not be null");
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException when the method or the path is missing, or a GET or HEAD has a
     *     body (HTTP clients cannot send one)
     */
    public RawRequest build() {
      if (method == null) {
        throw new IllegalStateException("method is required, e.g. method(\"GET\")");
      }
      if (path == null) {
        throw new IllegalStateException("path is required, e.g. path(\"/devices\")");
      }
      if ((body != null || bodyJson != null) && (method.equals("GET") || method.equals("HEAD"))) {
        throw new IllegalStateException(method + " cannot carry a body");
      }
      return new RawRequest(this);
    }
  }
}
