package io.netobs.http.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call to make, relative to a client's base URL. Path parameters are filled into {@code {}}
 * placeholders and percent-encoded as whole segments, so no caller-provided value can change the
 * path's shape ({@code "../"} or {@code "?"} in a user name stays inside its segment).
 */
public final class ApiRequest {
  /** How the body is sent. */
  public sealed interface Body permits JsonBody, BytesBody, FileBody, StreamBody {}

  /** A value serialized as JSON once, then sent as often as the call is attempted. */
  public record JsonBody(Object value) implements Body {}

  /** Raw bytes. */
  public record BytesBody(byte[] bytes, String contentType) implements Body {}

  /** A file, streamed from disk on each attempt. */
  public record FileBody(Path file, String contentType) implements Body {}

  /**
   * A stream that can be read only once: the call is not retried once its bytes may have been sent.
   */
  public record StreamBody(InputStream stream, String contentType, long length) implements Body {}

  private final String method;
  private final List<String> segments;
  private final String pathTemplate;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final Body body;
  private final boolean idempotent;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.segments = List.copyOf(b.segments);
    this.pathTemplate = b.pathTemplate;
    this.query = b.query == null ? List.of() : List.copyOf(b.query);
    this.headers = b.headers == null ? Map.of() : Map.copyOf(b.headers);
    this.body = b.body;
    this.idempotent =
        b.idempotent != null
            ? b.idempotent
            : switch (b.method) {
              case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
              default -> false;
            };
  }

  public static Builder get(String pathTemplate, Object... params) {
    return new Builder("GET", pathTemplate, params);
  }

  public static Builder post(String pathTemplate, Object... params) {
    return new Builder("POST", pathTemplate, params);
  }

  public static Builder put(String pathTemplate, Object... params) {
    return new Builder("PUT", pathTemplate, params);
  }

  public static Builder patch(String pathTemplate, Object... params) {
    return new Builder("PATCH", pathTemplate, params);
  }

  public static Builder delete(String pathTemplate, Object... params) {
    return new Builder("DELETE", pathTemplate, params);
  }

  public static Builder of(String method, String pathTemplate, Object... params) {
    return new Builder(method, pathTemplate, params);
  }

  public String method() {
    return method;
  }

  /** The decoded path segments, relative to the base URL. */
  public List<String> segments() {
    return segments;
  }

  /** The path as written by the caller, placeholders unfilled (for logs and journals). */
  public String pathTemplate() {
    return pathTemplate;
  }

  public List<Map.Entry<String, String>> query() {
    return query;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Body body() {
    return body;
  }

  /** Whether sending this request twice has the same effect as sending it once. */
  public boolean idempotent() {
    return idempotent;
  }

  @Override
  public String toString() {
    return method + " " + pathTemplate;
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final String pathTemplate;
    private final List<String> segments = new ArrayList<>(4);
    // Most calls have no query and no headers of their own: both are made on first use.
    private List<Map.Entry<String, String>> query;
    private Map<String, String> headers;
    private Body body;
    private Boolean idempotent;

    private Builder(String method, String pathTemplate, Object[] params) {
      this.method = Objects.requireNonNull(method, "method");
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
      if (!pathTemplate.startsWith("/")) {
        throw new IllegalArgumentException("pathTemplate must start with '/', was " + pathTemplate);
      }
      // The template is cut at each '/' by hand: this runs once per call, and String.split would
      // allocate an array and a list besides the segments themselves.
      int next = 0;
      int start = 1;
      int length = pathTemplate.length();
      while (start <= length) {
        int slash = pathTemplate.indexOf('/', start);
        int end = slash < 0 ? length : slash;
        if (end - start == 2
            && pathTemplate.charAt(start) == '{'
            && pathTemplate.charAt(start + 1) == '}') {
          if (next >= params.length) {
            throw new IllegalArgumentException(
                "pathTemplate "
                    + pathTemplate
                    + " has more {} than the "
                    + params.length
                    + " parameters given");
          }
          Object value = params[next++];
          if (value == null) {
            throw new NullPointerException(
                "path parameter " + next + " of " + pathTemplate + " must not be null");
          }
          String text = String.valueOf(value);
          if (text.isEmpty()) {
            throw new IllegalArgumentException(
                "path parameter " + next + " of " + pathTemplate + " must not be empty");
          }
          segments.add(text);
        } else if (end > start) {
          segments.add(pathTemplate.substring(start, end));
        }
        start = end + 1;
      }
      if (next != params.length) {
        throw new IllegalArgumentException(
            "pathTemplate "
                + pathTemplate
                + " has fewer {} than the "
                + params.length
                + " parameters given");
      }
    }

    /**
     * Adds a query parameter; a null value is skipped, so optional filters can be passed as they
     * are.
     */
    public Builder query(String name, Object value) {
      if (value != null) {
        if (query == null) {
          query = new ArrayList<>();
        }
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    public Builder header(String name, String value) {
      if (headers == null) {
        headers = new LinkedHashMap<>();
      }
      headers.put(name, value);
      return this;
    }

    public Builder json(Object value) {
      this.body = new JsonBody(value);
      return this;
    }

    public Builder bytes(byte[] bytes, String contentType) {
      this.body = new BytesBody(bytes.clone(), contentType);
      return this;
    }

    public Builder file(Path file, String contentType) {
      if (!Files.isReadable(file)) {
        throw new IllegalArgumentException("file " + file + " does not exist or cannot be read");
      }
      this.body = new FileBody(file, contentType);
      return this;
    }

    /** A body read once from {@code stream}; {@code length} is -1 when unknown. */
    public Builder stream(InputStream stream, String contentType, long length) {
      this.body = new StreamBody(Objects.requireNonNull(stream, "stream"), contentType, length);
      return this;
    }

    /**
     * Declares that sending this request twice is harmless (assignments, searches), so it may be
     * retried.
     */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
