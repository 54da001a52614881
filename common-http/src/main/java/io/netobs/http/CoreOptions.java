package io.netobs.http;

import java.net.Proxy;
import java.net.ProxySelector;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The options every client shares: timeouts, retries, rate limits, proxy, TLS, headers and hooks.
 * Immutable; made by {@link #builder()} or by a client's builder, which has the same methods.
 */
public final class CoreOptions {
  /**
   * The idle connections a client keeps when neither {@code maxIdleConnections} nor a concurrency
   * limit is set: enough for a busy multi-threaded application against one appliance.
   */
  public static final int DEFAULT_MAX_IDLE_CONNECTIONS = 64;

  final Duration connectTimeout;
  final Duration readTimeout;
  final Duration writeTimeout;
  final Duration callTimeout;
  final RetryPolicy retryPolicy;
  final RetryBudget retryBudget;
  final RateLimit rateLimit;
  final int maxIdleConnections;
  final SharedLimiter limiter;
  final Proxy proxy;
  final ProxySelector proxySelector;
  final String proxyUser;
  final String proxyPassword;
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
    this.maxIdleConnections = b.maxIdleConnections;
    this.limiter = b.limiter;
    this.proxy = b.proxy;
    this.proxySelector = b.proxySelector;
    this.proxyUser = b.proxyUser;
    this.proxyPassword = b.proxyPassword;
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

  /**
   * Returns a builder holding the default options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to make a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.copyFrom(this);
    return b;
  }

  /**
   * The limit on opening a connection (TCP and TLS handshake) for one attempt; default 10 s.
   *
   * @return the connect timeout; zero for none
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * The longest pause while reading an answer in one attempt; default 30 s.
   *
   * @return the read timeout; zero for none
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * The longest pause while writing a request body in one attempt; default 30 s.
   *
   * @return the write timeout; zero for none
   */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** The limit on a whole call, retries and waits included; zero for none. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * When and how often a failed call is sent again (default: {@link RetryPolicy#defaults()}).
   *
   * @return the retry policy
   */
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

  /**
   * The client-side limits on calls (default: none for ExtraHop, Kentik's documented limits for
   * Kentik).
   *
   * @return the rate limit
   */
  public RateLimit rateLimit() {
    return rateLimit;
  }

  /**
   * The limiter that holds the client to {@link #rateLimit()} together with other clients, or null
   * when the client keeps to it on its own (the default).
   */
  public @Nullable SharedLimiter limiter() {
    return limiter;
  }

  /** The proxy, or null for a direct connection (or the JVM's proxy selector). */
  public @Nullable Proxy proxy() {
    return proxy;
  }

  /** The per-host proxy choice (from {@code fromEnv()}, say), or null; see {@link #proxy()}. */
  public @Nullable ProxySelector proxySelector() {
    return proxySelector;
  }

  /** The user name given to a proxy that asks for credentials, or null for none. */
  public @Nullable String proxyUser() {
    return proxyUser;
  }

  /**
   * The password given to a proxy that asks for credentials, or null for none. A secret: never
   * logged nor part of {@link #toString()}.
   */
  public @Nullable String proxyPassword() {
    return proxyPassword;
  }

  /**
   * Which server certificates the client accepts (default: the JVM's trust store).
   *
   * @return the TLS trust
   */
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

  /**
   * The hooks that see every attempt of every call, in the order they were added.
   *
   * @return an unmodifiable list, empty when none were added
   */
  public List<CallHook> hooks() {
    return hooks;
  }

  /** Whether credentials may be sent over plain http:// to a host other than loopback. */
  public boolean allowCleartextCredentials() {
    return allowCleartextCredentials;
  }

  /**
   * The idle connections the client keeps for reuse, as set; 0 means it follows the rate limit (see
   * {@link #connectionPoolSize()}).
   */
  public int maxIdleConnections() {
    return maxIdleConnections;
  }

  /**
   * The idle connections the client keeps for reuse: {@link #maxIdleConnections()} when set, else
   * the rate limit's {@code maxConcurrent} (at least 5) when it sets one, else {@link
   * #DEFAULT_MAX_IDLE_CONNECTIONS}.
   */
  public int connectionPoolSize() {
    if (maxIdleConnections > 0) {
      return maxIdleConnections;
    }
    return rateLimit.maxConcurrent() > 0
        ? Math.max(5, rateLimit.maxConcurrent())
        : DEFAULT_MAX_IDLE_CONNECTIONS;
  }

  /**
   * The clock used for token expiry and rate windows (the system UTC clock unless a test replaces
   * it).
   *
   * @return the clock
   */
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
        + ", maxIdleConnections="
        + connectionPoolSize()
        + (limiter == null ? "" : ", limiter=" + limiter)
        + ", proxy="
        + proxy
        + (proxySelector == null ? "" : ", proxySelector=" + proxySelector)
        + (proxyUser == null ? "" : ", proxyCredentials=****")
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

    /**
     * Returns the options.
     *
     * @return immutable options holding the values set
     */
    public CoreOptions build() {
      return buildOptions();
    }
  }
}
