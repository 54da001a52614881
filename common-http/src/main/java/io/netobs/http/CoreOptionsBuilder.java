package io.netobs.http;

import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
  Proxy proxy;
  TlsTrust tlsTrust = TlsTrust.system();
  final Map<String, String> headers = new LinkedHashMap<>();
  String userAgentSuffix = "";
  final List<CallHook> hooks = new ArrayList<>();
  boolean allowCleartextCredentials;
  Clock clock = Clock.systemUTC();
  int pagesInFlight = DEFAULT_PAGES_IN_FLIGHT;

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
    proxy = o.proxy;
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

  /** A proxy for every connection; null for none. */
  public B proxy(Proxy proxy) {
    this.proxy = proxy;
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
    headers.put(name, value);
    return self();
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
