package io.netobs.http;

import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The options every client shares: timeouts, retries, rate limits, proxy, TLS, headers and hooks.
 * Immutable; made by {@link #builder()} or by a client's builder, which has the same methods.
 */
public final class CoreOptions {
  final Duration connectTimeout;
  final Duration readTimeout;
  final Duration writeTimeout;
  final Duration callTimeout;
  final RetryPolicy retryPolicy;
  final RetryBudget retryBudget;
  final RateLimit rateLimit;
  final Proxy proxy;
  final TlsTrust tlsTrust;
  final Map<String, String> headers;
  final String userAgentSuffix;
  final List<CallHook> hooks;
  final boolean allowCleartextCredentials;
  final Clock clock;
  final int pagesInFlight;

  CoreOptions(CoreOptionsBuilder<?> b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.retryBudget = b.retryBudget;
    this.rateLimit = b.rateLimit;
    this.proxy = b.proxy;
    this.tlsTrust = b.tlsTrust;
    this.headers = Map.copyOf(b.headers);
    this.userAgentSuffix = b.userAgentSuffix;
    this.hooks = List.copyOf(b.hooks);
    this.allowCleartextCredentials = b.allowCleartextCredentials;
    this.clock = b.clock;
    this.pagesInFlight = b.pagesInFlight;
  }

  /** Default options. */
  public static CoreOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to make a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.copyFrom(this);
    return b;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** The limit on a whole call, retries and waits included; zero for none. */
  public Duration callTimeout() {
    return callTimeout;
  }

  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * How many retries the client may make while calls keep failing (default: {@link
   * RetryBudget#defaults()}); {@link RetryBudget#unlimited()} when off.
   */
  public RetryBudget retryBudget() {
    return retryBudget;
  }

  public RateLimit rateLimit() {
    return rateLimit;
  }

  /** The proxy, or null for a direct connection (or the JVM's proxy selector). */
  public Proxy proxy() {
    return proxy;
  }

  public TlsTrust tlsTrust() {
    return tlsTrust;
  }

  /** Headers added to every call. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Text appended to the User-Agent, e.g. {@code my-automation/2.1}; empty for none. */
  public String userAgentSuffix() {
    return userAgentSuffix;
  }

  public List<CallHook> hooks() {
    return hooks;
  }

  /** Whether credentials may be sent over plain http:// to a host other than loopback. */
  public boolean allowCleartextCredentials() {
    return allowCleartextCredentials;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * How many pages of one listing may be requested at once while it is iterated (default {@value
   * CoreOptionsBuilder#DEFAULT_PAGES_IN_FLIGHT}); 1 fetches each page only when iteration reaches
   * it. See {@link CoreOptionsBuilder#pagesInFlight(int)}.
   */
  public int pagesInFlight() {
    return pagesInFlight;
  }

  @Override
  public String toString() {
    // Header values may hold secrets a caller added by hand: names only.
    return "CoreOptions[connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", writeTimeout="
        + writeTimeout
        + ", callTimeout="
        + callTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", retryBudget="
        + retryBudget
        + ", rateLimit="
        + rateLimit
        + ", proxy="
        + proxy
        + ", tlsTrust="
        + tlsTrust
        + ", headers="
        + headers.keySet()
        + ", userAgentSuffix="
        + userAgentSuffix
        + ", hooks="
        + hooks.size()
        + ", allowCleartextCredentials="
        + allowCleartextCredentials
        + ", pagesInFlight="
        + pagesInFlight
        + "]";
  }

  /** Builds {@link CoreOptions}. */
  public static final class Builder extends CoreOptionsBuilder<Builder> {
    Builder() {}

    public CoreOptions build() {
      return buildOptions();
    }
  }
}
