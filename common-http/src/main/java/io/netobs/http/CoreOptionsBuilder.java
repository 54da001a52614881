package io.netobs.http;

import java.net.Proxy;
import java.net.ProxySelector;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The setters of {@link CoreOptions}, shared by every client builder so that each offers the same
 * options under the same names.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class CoreOptionsBuilder<B extends CoreOptionsBuilder<B>> {
  /** The default of {@link #pagesInFlight(int)}. */
  public static final int DEFAULT_PAGES_IN_FLIGHT = 2;

  private static final Set<String> RESERVED_HEADERS =
      Set.of(
          "authorization",
          "x-ch-auth-email",
          "x-ch-auth-api-token",
          "host",
          "content-length",
          "transfer-encoding");

  Duration connectTimeout = Duration.ofSeconds(10);
  Duration readTimeout = Duration.ofSeconds(30);
  Duration writeTimeout = Duration.ofSeconds(30);
  Duration callTimeout = Duration.ZERO;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  RetryBudget retryBudget = RetryBudget.defaults();
  RateLimit rateLimit = RateLimit.unlimited();
  int maxIdleConnections;
  SharedLimiter limiter;
  Proxy proxy;
  ProxySelector proxySelector;
  String proxyUser;
  String proxyPassword;
  TlsTrust tlsTrust = TlsTrust.system();
  final Map<String, String> headers = new LinkedHashMap<>();
  String userAgentSuffix = "";
  final List<CallHook> hooks = new ArrayList<>();
  boolean allowCleartextCredentials;
  Clock clock = Clock.systemUTC();
  int pagesInFlight = DEFAULT_PAGES_IN_FLIGHT;

  /** For the client builders that extend this class; options start at their defaults. */
  protected CoreOptionsBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Copies every option from {@code options} into this builder. */
  public B options(CoreOptions options) {
    copyFrom(Objects.requireNonNull(options, "options must not be null"));
    return self();
  }

  void copyFrom(CoreOptions o) {
    connectTimeout = o.connectTimeout;
    readTimeout = o.readTimeout;
    writeTimeout = o.writeTimeout;
    callTimeout = o.callTimeout;
    retryPolicy = o.retryPolicy;
    retryBudget = o.retryBudget;
    rateLimit = o.rateLimit;
    maxIdleConnections = o.maxIdleConnections;
    limiter = o.limiter;
    proxy = o.proxy;
    proxySelector = o.proxySelector;
    proxyUser = o.proxyUser;
    proxyPassword = o.proxyPassword;
    tlsTrust = o.tlsTrust;
    headers.clear();
    headers.putAll(o.headers);
    userAgentSuffix = o.userAgentSuffix;
    hooks.clear();
    hooks.addAll(o.hooks);
    allowCleartextCredentials = o.allowCleartextCredentials;
    clock = o.clock;
    pagesInFlight = o.pagesInFlight;
  }

  /** Time allowed to open a connection (default 10 s). */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positiveOrZero(timeout, "connectTimeout");
    return self();
  }

  /** Time allowed between two reads of an answer (default 30 s). */
  public B readTimeout(Duration timeout) {
    this.readTimeout = positiveOrZero(timeout, "readTimeout");
    return self();
  }

  /** Time allowed between two writes of a request (default 30 s). */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = positiveOrZero(timeout, "writeTimeout");
    return self();
  }

  /**
   * Time allowed for one whole attempt, from connecting to the end of the answer; zero (default)
   * for none.
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positiveOrZero(timeout, "callTimeout");
    return self();
  }

  /** When failed calls are sent again (default: {@link RetryPolicy#defaults()}). */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy must not be null");
    return self();
  }

  /**
   * How many retries the client may make while calls keep failing (default: {@link
   * RetryBudget#defaults()}, a bucket of 500 tokens that each retry draws from and each success
   * refills). {@link RetryBudget#unlimited()} turns it off, so that every call makes all the
   * retries its {@link RetryPolicy} allows. The budget only removes retries, never adds any.
   */
  public B retryBudget(RetryBudget retryBudget) {
    this.retryBudget = Objects.requireNonNull(retryBudget, "retryBudget must not be null");
    return self();
  }

  /**
   * Client-side limits on calls (default: none for ExtraHop, Kentik's documented limits for
   * Kentik).
   */
  public B rateLimit(RateLimit rateLimit) {
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit must not be null");
    return self();
  }

  /**
   * How many idle connections the client keeps open for reuse. Unless set, the pool follows the
   * rate limit: its {@code maxConcurrent} when it sets one (at least 5), else {@value
   * CoreOptions#DEFAULT_MAX_IDLE_CONNECTIONS}. A connection is kept only once it exists, so a large
   * number costs nothing until that many calls run at once; a pool smaller than the number of
   * threads calling would close connections after each burst and open (and, over TLS, handshake)
   * them again. Idle connections close after 30 seconds.
   *
   * @throws IllegalArgumentException when less than 1
   */
  public B maxIdleConnections(int maxIdleConnections) {
    if (maxIdleConnections < 1) {
      throw new IllegalArgumentException(
          "maxIdleConnections must be >= 1, was " + maxIdleConnections);
    }
    this.maxIdleConnections = maxIdleConnections;
    return self();
  }

  /**
   * Keeps the {@link #rateLimit(RateLimit) rate limit} together with every other client that uses
   * the same limiter for the same account, in this process or in others, instead of counting this
   * client's calls on its own. Null (the default) gives the client a limiter of its own. The rate
   * limit stays what says how many calls are allowed; with {@code RateLimit.unlimited()} the
   * limiter is not asked at all.
   *
   * @param limiter the shared limiter, e.g. one of {@code netobs-redis-limiter}, or null
   */
  public B limiter(@Nullable SharedLimiter limiter) {
    this.limiter = limiter;
    return self();
  }

  /**
   * A proxy for every connection, loopback included; null for none. Replaces any {@link
   * #proxySelector(ProxySelector)} set before.
   */
  public B proxy(@Nullable Proxy proxy) {
    this.proxy = proxy;
    if (proxy != null) {
      this.proxySelector = null;
    }
    return self();
  }

  /**
   * Chooses a proxy per host: what {@code fromEnv()} sets from {@code HTTPS_PROXY} and {@code
   * NO_PROXY}. Null for none (then the JVM's default selector applies). Replaces any {@link
   * #proxy(Proxy)} set before.
   */
  public B proxySelector(@Nullable ProxySelector proxySelector) {
    this.proxySelector = proxySelector;
    if (proxySelector != null) {
      this.proxy = null;
    }
    return self();
  }

  /**
   * The user name and password the proxy asks for: sent as {@code Proxy-Authorization: Basic ...}
   * when the proxy answers 407, never logged nor shown by {@code toString()}. They take precedence
   * over credentials found in a proxy URL of the environment.
   *
   * @throws IllegalArgumentException when the user is blank, or either holds a control character
   */
  public B proxyCredentials(String user, String password) {
    Objects.requireNonNull(user, "proxy user must not be null");
    Objects.requireNonNull(password, "proxy password must not be null");
    if (user.isBlank()) {
      throw new IllegalArgumentException("proxy user must not be blank");
    }
    if ((user + password).chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException(
          "proxy user and password must not contain control characters or line breaks");
    }
    this.proxyUser = user;
    this.proxyPassword = password;
    return self();
  }

  /** Which server certificates to accept (default: the JVM's trust store). */
  public B tlsTrust(TlsTrust tlsTrust) {
    this.tlsTrust = Objects.requireNonNull(tlsTrust, "tlsTrust must not be null");
    return self();
  }

  /**
   * Adds a header to every call. Credentials headers cannot be set this way: use the client's auth
   * options.
   */
  public B header(String name, String value) {
    checkHeader(name, value);
    headers.put(name, value);
    return self();
  }

  /**
   * Refuses a header the SDK sets itself (credentials, framing) or that HTTP cannot carry: the one
   * check of every way to add a header (client options, per-call options, raw calls).
   */
  static void checkHeader(String name, String value) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(value, "value must not be null");
    if (name.isBlank() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
      throw new IllegalArgumentException(
          "header name must be a non-empty token of visible ASCII without ':', was '" + name + "'");
    }
    if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "header '" + name + "' is set by the SDK itself and cannot be added");
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "header '" + name + "' value must not contain line breaks");
    }
  }

  /** Text appended to the SDK's User-Agent, such as {@code my-automation/2.1}. */
  public B userAgentSuffix(String suffix) {
    Objects.requireNonNull(suffix, "suffix must not be null");
    if (suffix.indexOf('\n') >= 0 || suffix.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("userAgentSuffix must not contain line breaks");
    }
    this.userAgentSuffix = suffix.strip();
    return self();
  }

  /** Adds a hook that sees every attempt of every call. */
  public B hook(CallHook hook) {
    hooks.add(Objects.requireNonNull(hook, "hook must not be null"));
    return self();
  }

  /**
   * Allows credentials over plain {@code http://} to a host other than loopback. Off by default, so
   * that a mistyped URL cannot send an API key across a network in clear text.
   */
  public B allowCleartextCredentials(boolean allow) {
    this.allowCleartextCredentials = allow;
    return self();
  }

  /** The clock used for token expiry and rate windows (tests replace it). */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    return self();
  }

  /**
   * How many pages of one listing may be requested at once while it is iterated (default {@value
   * #DEFAULT_PAGES_IN_FLIGHT}). A listing paged by offset asks for up to this many of the pages
   * after the one being read, on the client's own threads, and still hands the items over in order;
   * a listing paged by cursor can only ask for the next page, which it does as soon as the current
   * one has arrived (with 2 or more). With 1, each page is fetched on the caller's thread when
   * iteration reaches it, and nothing is fetched ahead.
   *
   * <p>Each page in flight is one more request the server handles at the same time, so this is a
   * trade between the time a listing takes and the load it puts on the server. The client's rate
   * limit still holds: a page fetched ahead waits for room like any other call. A single listing
   * overrides this with {@link PagedIterable#pagesInFlight(int)}.
   *
   * @param pages at least 1
   */
  public B pagesInFlight(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("pagesInFlight must be at least 1, was " + pages);
    }
    this.pagesInFlight = pages;
    return self();
  }

  /** The options set so far. */
  protected CoreOptions buildOptions() {
    return new CoreOptions(this);
  }

  private static Duration positiveOrZero(Duration d, String name) {
    Objects.requireNonNull(d, () -> name + " must not be null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + d);
    }
    return d;
  }
}
