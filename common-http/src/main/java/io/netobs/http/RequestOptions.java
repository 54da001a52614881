package io.netobs.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Options for one call, or for the calls made through a client's {@code withRequestOptions(..)}
 * view, that replace the client's own for those calls only: timeouts, the retry policy, and headers
 * added to the client's. Whatever is not set keeps the client's value.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder()
 *     .readTimeout(Duration.ofMinutes(5))
 *     .retryPolicy(RetryPolicy.none())
 *     .header("X-Request-Source", "nightly-export")
 *     .build();
 * client.withRequestOptions(patient).devices().get(101);
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class RequestOptions {
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.headers = Map.copyOf(b.headers);
  }

  /** A builder with nothing set: every option keeps the client's value until set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to make a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.retryPolicy = retryPolicy;
    b.headers.putAll(headers);
    return b;
  }

  /** The time allowed to open a connection, or null to keep the client's. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The time allowed between two reads of the answer, or null to keep the client's. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** The time allowed between two writes of the request, or null to keep the client's. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** The time allowed for each whole attempt, or null to keep the client's. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The retry policy, or null to keep the client's. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The headers added to the client's (replacing a client header of the same name). */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The client's options with these applied: what a call made with them uses.
   *
   * @param base the client's options
   * @return options with every value set here replacing the client's, and the headers added
   */
  public CoreOptions applyTo(CoreOptions base) {
    Objects.requireNonNull(base, "base must not be null");
    CoreOptions.Builder b = base.toBuilder();
    if (connectTimeout != null) {
      b.connectTimeout(connectTimeout);
    }
    if (readTimeout != null) {
      b.readTimeout(readTimeout);
    }
    if (writeTimeout != null) {
      b.writeTimeout(writeTimeout);
    }
    if (callTimeout != null) {
      b.callTimeout(callTimeout);
    }
    if (retryPolicy != null) {
      b.retryPolicy(retryPolicy);
    }
    headers.forEach(b::header);
    return b.build();
  }

  /** The options set, with header names only (their values may be tokens). */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RequestOptions[");
    String sep = "";
    if (connectTimeout != null) {
      text.append(sep).append("connectTimeout=").append(connectTimeout);
      sep = ", ";
    }
    if (readTimeout != null) {
      text.append(sep).append("readTimeout=").append(readTimeout);
      sep = ", ";
    }
    if (writeTimeout != null) {
      text.append(sep).append("writeTimeout=").append(writeTimeout);
      sep = ", ";
    }
    if (callTimeout != null) {
      text.append(sep).append("callTimeout=").append(callTimeout);
      sep = ", ";
    }
    if (retryPolicy != null) {
      text.append(sep).append("retryPolicy=").append(retryPolicy);
      sep = ", ";
    }
    if (!headers.isEmpty()) {
      text.append(sep).append("headers=").append(headers.keySet());
    }
    return text.append(']').toString();
  }

  /** Builds {@link RequestOptions}. Mutable and not thread-safe. */
  public static final class Builder {
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /** Time allowed to open a connection; zero for none. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = notNegative(timeout, "connectTimeout");
      return this;
    }

    /** Time allowed between two reads of the answer; zero for none. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = notNegative(timeout, "readTimeout");
      return this;
    }

    /** Time allowed between two writes of the request; zero for none. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = notNegative(timeout, "writeTimeout");
      return this;
    }

    /**
     * Time allowed for each whole attempt, from connecting to the end of the answer; zero for none.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = notNegative(timeout, "callTimeout");
      return this;
    }

    /**
     * When the call is sent again ({@link RetryPolicy#none()} for a single attempt). Whatever the
     * policy, a call that is not safe to repeat is not sent twice once it may have reached the
     * server, and the client's retry budget still applies.
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy must not be null");
      return this;
    }

    /**
     * Adds a header to the call, replacing a client header of the same name. The credential headers
     * ({@code Authorization}, {@code X-CH-Auth-Email}, {@code X-CH-Auth-API-Token}) and the framing
     * headers ({@code Host}, {@code Content-Length}, {@code Transfer-Encoding}) are the SDK's own
     * and are refused.
     *
     * @throws IllegalArgumentException for such a header, a name that is not a token, or a value
     *     with a line break
     */
    public Builder header(String name, String value) {
      CoreOptionsBuilder.checkHeader(name, value);
      headers.put(name, value);
      return this;
    }

    /** The options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static Duration notNegative(Duration d, String name) {
      Objects.requireNonNull(d, () -> name + " must not be null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}
