package io.netobs.http.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.NotFoundException;
import io.netobs.http.PagedIterable;
import io.netobs.http.RateLimit;
import io.netobs.http.RequestOptions;
import io.netobs.http.internal.RetryDecision.CallKind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Sends calls for one client. It holds the client's connections and settings and offers the ways a
 * resource class reads an answer (JSON, status only, a created id, a download); the work is done by
 * {@link RequestAssembly} (URL, headers, body), {@link AttemptLoop} (attempts, auth, rate limit,
 * waits), {@link RetryDecision} (whether to try again), {@link ErrorMapping} (typed exceptions) and
 * {@link AttemptLog} (logging and hooks). Immutable and thread-safe; one instance serves every
 * thread of an application.
 */
public final class HttpCore implements AutoCloseable {
  private final HttpUrl baseUrl;
  private final Auth auth;
  private final CoreOptions options;
  private final OkHttpClient http;
  private final LimitGate limiter;

  /** The key this core's calls are counted under in a shared limiter. */
  private final String limiterKey;

  private final RetryTokens tokens;
  private final boolean ownsConnections;
  private final AtomicBoolean closed;

  /** The core this one translates the 404s of, or null for a core of its own. */
  private final HttpCore viewOf;

  private final Sleeper sleeper;
  private final DoubleSupplier random;

  /** The threads that fetch pages ahead, shared with every variant of the core that made them. */
  private final PageThreads pageThreads;

  private final RequestAssembly assembly;
  private final AttemptLoop loop;
  private final UnaryOperator<RuntimeException> notFound;

  /** The base URL's path without a trailing slash, e.g. {@code /api/v1}, for path templates. */
  private final String basePath;

  /** The timeouts of a per-call options view, or null for the client's own. */
  private final CallTimeouts timeouts;

  /**
   * Reads a successful answer. Runs while the connection is open; the core closes it afterwards.
   */
  @FunctionalInterface
  public interface ResponseReader<T> {
    /**
     * The value of the answer; an {@link IOException} from its body is a lost answer or a decoding
     * failure.
     */
    T read(ApiResponse response) throws IOException;
  }

  /** The status and headers of an answer whose body was not needed. */
  public record Sent(int status, Map<String, List<String>> headers) {
    /** The first value of a header, by case-insensitive name, or null. */
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  private HttpCore(
      HttpUrl baseUrl,
      Auth auth,
      CoreOptions options,
      OkHttpClient http,
      LimitGate limiter,
      String limiterKey,
      RetryTokens tokens,
      boolean ownsConnections,
      Sleeper sleeper,
      DoubleSupplier random,
      UnaryOperator<RuntimeException> notFound,
      HttpCore viewOf,
      CallTimeouts timeouts,
      PageThreads pageThreads) {
    this.baseUrl = baseUrl;
    this.timeouts = timeouts;
    this.pageThreads = pageThreads;
    this.viewOf = viewOf;
    this.closed = viewOf == null ? new AtomicBoolean() : viewOf.closed;
    this.notFound = notFound;
    this.auth = auth;
    this.options = options;
    this.http = http;
    this.limiter = limiter;
    this.limiterKey = limiterKey;
    this.tokens = tokens;
    this.ownsConnections = ownsConnections;
    this.sleeper = sleeper;
    this.random = random;
    String encodedPath = baseUrl.encodedPath();
    this.basePath =
        encodedPath.endsWith("/")
            ? encodedPath.substring(0, encodedPath.length() - 1)
            : encodedPath;
    this.assembly =
        new RequestAssembly(baseUrl, UserAgent.value(options.userAgentSuffix()), options.headers());
    ErrorMapping errors = new ErrorMapping(this::secrets);
    this.loop =
        new AttemptLoop(
            http, auth, options, limiter, tokens, sleeper, random, assembly, errors, baseUrl(),
            timeouts);
  }

  /**
   * A core for {@code baseUrl} (e.g. {@code https://host/api/v1}).
   *
   * @throws IllegalArgumentException when the URL is not http(s), or when credentials would travel
   *     in clear text to a host other than loopback without the caller's explicit consent
   */
  public static HttpCore create(String baseUrl, Auth auth, CoreOptions options) {
    return create(
        baseUrl, auth, options, Sleeper.SYSTEM, () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * As {@link #create(String, Auth, CoreOptions)}, with the waits between attempts and the
   * randomness of the backoff's jitter under the caller's control (for tests).
   */
  public static HttpCore create(
      String baseUrl, Auth auth, CoreOptions options, Sleeper sleeper, DoubleSupplier random) {
    Checks.notNull(baseUrl, "baseUrl");
    Checks.notNull(auth, "auth");
    Checks.notNull(options, "options");
    OkHttpCopies.check();
    HttpUrl url = HttpUrl.parse(baseUrl.strip());
    if (url == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an http:// or https:// URL, was '" + baseUrl + "'");
    }
    if (!url.isHttps()
        && auth.carriesCredentials()
        && !options.allowCleartextCredentials()
        && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "baseUrl is plain http:// to "
              + url.host()
              + ": credentials would cross the network in clear text. Use https://, or allowCleartextCredentials(true) if you accept that");
    }
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            // Keep-alive shorter than the servers' (ExtraHop closes idle connections after 45 s),
            // so that a request is rarely written to a connection the server is closing. As many
            // idle connections are kept as calls may run at once: OkHttp's default of 5 would
            // close (and later reopen, over TLS handshake again) every connection beyond 5 each
            // time more than 5 threads call together.
            .connectionPool(new ConnectionPool(options.connectionPoolSize(), 30, TimeUnit.SECONDS))
            .eventListener(new Attempt.SentTracker())
            // Per-call timeouts (RequestOptions) ride on each request: no OkHttp client per view.
            .addInterceptor(CallTimeouts.INTERCEPTOR);
    configure(builder, options);
    String key = LimitGate.key(url, "api", auth);
    return new HttpCore(
        url,
        auth,
        options,
        builder.build(),
        LimitGate.of(options, key),
        key,
        tokens(options),
        true,
        sleeper,
        random,
        UnaryOperator.identity(),
        null,
        null,
        new PageThreads());
  }

  /** A full bucket of the options' retry budget, or null when it is unlimited. */
  private static RetryTokens tokens(CoreOptions options) {
    return options.retryBudget().limits() ? new RetryTokens(options.retryBudget()) : null;
  }

  /** The tokens left in this client's retry budget, or -1 when its budget is unlimited. */
  public int retryTokens() {
    return tokens == null ? -1 : tokens.available();
  }

  private static void configure(OkHttpClient.Builder builder, CoreOptions options) {
    builder
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.writeTimeout())
        .callTimeout(options.callTimeout())
        // The attempt loop decides what is safe to send twice; OkHttp's own silent retry would
        // re-send a
        // POST after a connection failure without asking.
        .retryOnConnectionFailure(false)
        // A redirect could carry the credential headers to another host.
        .followRedirects(false)
        .followSslRedirects(false)
        .proxy(options.proxy())
        .proxyAuthenticator(ProxyAuth.of(options));
    ProxySelector selector =
        options.proxySelector() != null ? options.proxySelector() : ProxySelector.getDefault();
    if (selector != null) {
      builder.proxySelector(selector);
    }
    TlsSetup.apply(builder, options.tlsTrust());
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (h.matches("[0-9.]+") || h.contains(":")) {
      try {
        return InetAddress.getByName(h).isLoopbackAddress(); // a literal: no DNS lookup happens
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * A core with other options that shares this one's connections and threads. Closing the variant
   * does not close them; closing the core it came from does.
   */
  public HttpCore withOptions(CoreOptions newOptions) {
    Checks.notNull(newOptions, "options");
    ensureOpen();
    OkHttpClient.Builder builder = http.newBuilder();
    configure(builder, newOptions);
    // The variant keeps this core's limiter unless it changes the limits or the shared limiter.
    LimitGate newLimiter =
        newOptions.rateLimit().equals(options.rateLimit())
                && newOptions.limiter() == options.limiter()
            ? limiter
            : LimitGate.of(newOptions, limiterKey);
    // One bucket per client: a variant keeps it unless it sets another budget.
    RetryTokens newTokens =
        newOptions.retryBudget().equals(options.retryBudget()) ? tokens : tokens(newOptions);
    if (!baseUrl.isHttps()
        && auth.carriesCredentials()
        && !newOptions.allowCleartextCredentials()
        && !isLoopback(baseUrl.host())) {
      throw new IllegalArgumentException(
          "allowCleartextCredentials cannot be turned off for a client of http://"
              + baseUrl.host());
    }
    return new HttpCore(
        baseUrl,
        auth,
        newOptions,
        builder.build(),
        newLimiter,
        limiterKey,
        newTokens,
        false,
        sleeper,
        random,
        notFound,
        null,
        null,
        pageThreads);
  }

  /**
   * A core that shares this one's connections, limiter and options, and hands every {@link
   * NotFoundException} to {@code translate} before it reaches the caller: a client that knows why a
   * path can be missing (the firmware lacks the operation) throws its own exception instead, with
   * the 404 as its cause. {@code translate} returns the exception to throw, or the one it was
   * given. Closing the variant does not close the connections; closing the core it came from does.
   */
  public HttpCore withNotFoundTranslation(UnaryOperator<RuntimeException> translate) {
    Checks.notNull(translate, "translate");
    ensureOpen();
    return view(baseUrl, options, limiter, limiterKey, translate, timeouts);
  }

  /**
   * A core that shares this one's connections, options, credentials and retry budget but keeps its
   * own limiter, to {@code rateLimit}: for an API of the same service whose limits are counted
   * apart (Kentik's Query API beside its Admin API). The new limiter is never this core's, even for
   * equal limits; with a shared limiter, its calls are counted under a key of their own, named
   * after {@code api}. Closing the variant does not close the connections; closing the core it came
   * from does, and the variant refuses calls from then on.
   *
   * @param api the name of the API in the shared limiter's key, e.g. {@code query}
   */
  public HttpCore withRateLimit(RateLimit rateLimit, String api) {
    Checks.notNull(rateLimit, "rateLimit");
    Checks.notNull(api, "api");
    ensureOpen();
    CoreOptions changed = options.toBuilder().rateLimit(rateLimit).build();
    String key = LimitGate.key(baseUrl, api, auth);
    return view(baseUrl, changed, LimitGate.of(changed, key), key, notFound, timeouts);
  }

  /**
   * A core that sends to {@code otherBaseUrl} (another API of the same service, on another host or
   * path) through this one's connections, limiter, options and credentials. Closing the variant
   * does not close the connections; closing the core it came from does.
   *
   * @throws IllegalArgumentException when the URL is not http(s), or would carry credentials in
   *     clear text where this core's options do not allow it
   */
  public HttpCore withBaseUrl(String otherBaseUrl) {
    Checks.notNull(otherBaseUrl, "baseUrl");
    ensureOpen();
    HttpUrl url = HttpUrl.parse(otherBaseUrl.strip());
    if (url == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an http:// or https:// URL, was '" + otherBaseUrl + "'");
    }
    if (!url.isHttps()
        && auth.carriesCredentials()
        && !options.allowCleartextCredentials()
        && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "baseUrl is plain http:// to "
              + url.host()
              + ": credentials would cross the network in clear text. Use https://, or allowCleartextCredentials(true) if you accept that");
    }
    return view(url, options, limiter, limiterKey, notFound, timeouts);
  }

  /**
   * A view of this core whose calls use {@code requestOptions} (timeouts, retry policy, headers)
   * over this core's options. It builds no OkHttp client and starts no thread: it shares this
   * core's connections, limiter, retry budget and credentials (their token cache included), and has
   * nothing to close; closing the core it came from closes it.
   */
  public HttpCore withRequestOptions(RequestOptions requestOptions) {
    Checks.notNull(requestOptions, "requestOptions");
    ensureOpen();
    CallTimeouts own = CallTimeouts.of(requestOptions);
    return view(
        baseUrl,
        requestOptions.applyTo(options),
        limiter,
        limiterKey,
        notFound,
        own == null ? timeouts : own.over(timeouts));
  }

  /**
   * A variant of this core that shares its connections, credentials, retry budget and page threads
   * and closes with it; what may differ is passed in.
   */
  private HttpCore view(
      HttpUrl url,
      CoreOptions viewOptions,
      LimitGate viewLimiter,
      String viewLimiterKey,
      UnaryOperator<RuntimeException> viewNotFound,
      CallTimeouts viewTimeouts) {
    return new HttpCore(
        url,
        auth,
        viewOptions,
        http,
        viewLimiter,
        viewLimiterKey,
        tokens,
        false,
        sleeper,
        random,
        viewNotFound,
        this,
        viewTimeouts,
        pageThreads);
  }

  /** The base URL without a trailing slash, e.g. {@code https://host/api/v1}. */
  public String baseUrl() {
    String text = baseUrl.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** The options of this core. */
  public CoreOptions options() {
    return options;
  }

  /** The authentication of this core. */
  public Auth auth() {
    return auth;
  }

  // ---- listings
  // ----------------------------------------------------------------------

  /**
   * A listing paged by offset ({@link PagedIterable#byOffset}) that fetches pages ahead on this
   * client's threads, as many at once as the options' {@code pagesInFlight}.
   */
  public <T> PagedIterable<T> byOffset(
      long startOffset, int limit, BiFunction<Long, Integer, List<T>> fetch) {
    return fetchingAhead(PagedIterable.byOffset(startOffset, limit, fetch));
  }

  /**
   * A listing paged by cursor ({@link PagedIterable#byCursor}) whose next page is fetched on this
   * client's threads while the caller reads the current one (unless the options' {@code
   * pagesInFlight} is 1).
   */
  public <T> PagedIterable<T> byCursor(
      Supplier<PagedIterable.CursorPage<T>> first,
      Function<String, PagedIterable.CursorPage<T>> next) {
    return fetchingAhead(PagedIterable.byCursor(first, next));
  }

  private <T> PagedIterable<T> fetchingAhead(PagedIterable<T> listing) {
    return listing.fetchAheadOn(pageThreads, options.pagesInFlight());
  }

  /**
   * The exception for an answer read during its call and decoded afterwards ({@link DecodedLater}):
   * the one the core throws for an answer it cannot decode, its detail and excerpt scrubbed of the
   * client's secrets.
   */
  public DecodingException decodingFailure(
      String method, String path, int status, byte[] body, IOException thrown) {
    ErrorMapping errors = new ErrorMapping(this::secrets);
    String detail =
        thrown instanceof com.fasterxml.jackson.core.JsonProcessingException json
            ? json.getOriginalMessage()
            : thrown.toString();
    String head =
        new String(body, 0, Math.min(body.length, 256), java.nio.charset.StandardCharsets.UTF_8);
    return new DecodingException(
        method,
        path,
        status,
        errors.scrub(detail),
        errors.scrub(ErrorBodies.excerpt(head)),
        thrown);
  }

  /** Threads this client has now for fetching pages ahead (for tests). */
  int pageThreadCount() {
    return pageThreads.size();
  }

  // ---- ways to read an answer
  // ----------------------------------------------------------------------

  /** Sends the request and decodes the JSON answer as {@code type}. */
  public <T> T json(ApiRequest request, Class<T> type) {
    return json(request, Json.mapper().constructType(type));
  }

  /** Sends the request and decodes the JSON answer as {@code type}. */
  public <T> T json(ApiRequest request, TypeReference<T> type) {
    return json(request, Json.mapper().constructType(type));
  }

  /**
   * Sends the request and decodes the JSON answer as {@code type}. A list of items ({@link
   * Json#listOf}) with a missing item is undecodable.
   */
  public <T> T json(ApiRequest request, JavaType type) {
    return execute(
        request,
        response -> {
          if (response.status() == 204) {
            throw new DecodingException(
                response.method(),
                response.path(),
                204,
                "expected a JSON body, got none",
                "",
                null);
          }
          T value = Json.mapper().readValue(response.body(), type);
          if (Json.isItemList(type)) {
            Json.requireItems((List<?>) value);
          }
          return value;
        });
  }

  /** Sends the request; the body of the answer, if any, is discarded. */
  public Sent send(ApiRequest request) {
    return execute(
        request,
        response -> {
          response.body().transferTo(OutputStream.nullOutputStream());
          return new Sent(response.status(), response.headers());
        });
  }

  /**
   * Sends a create request and returns the numeric id from the answer's {@code Location} header.
   */
  public long createdId(ApiRequest request) {
    return execute(
        request,
        response ->
            Locations.id(
                response.header("Location"),
                response.method(),
                response.path(),
                response.status()));
  }

  /**
   * Sends a create request and returns the last segment of the answer's {@code Location} header.
   */
  public String createdKey(ApiRequest request) {
    return execute(
        request,
        response ->
            Locations.lastSegment(
                response.header("Location"),
                response.method(),
                response.path(),
                response.status()));
  }

  /**
   * Streams the answer's body into {@code out} without holding it in memory. Once a byte has gone
   * to {@code out}, a failure is final: the call is not made again.
   *
   * @return the number of bytes written
   */
  public long download(ApiRequest request, OutputStream out) {
    Checks.notNull(out, "out");
    return execute(request, response -> new WrittenToCaller(response.body()).transferTo(out));
  }

  /**
   * Sends the request, retrying as the policy allows, and hands a successful answer to {@code
   * reader}.
   */
  public <T> T execute(ApiRequest request, ResponseReader<T> reader) {
    Checks.notNull(request, "request");
    ensureOpen();
    HttpUrl url = assembly.url(request);
    String method = request.method();
    String path = url.encodedPath();
    RequestAssembly.Body body = RequestAssembly.body(request, method, path);
    CallKind kind =
        CallKind.of(request.idempotent(), !(request.body() instanceof ApiRequest.StreamBody));
    try {
      return loop.run(
          new AttemptLoop.Call(method, url, path, body, kind, request.headers(), false),
          // Only hooks use the template: no string is made for it when there are none.
          options.hooks().isEmpty() ? null : basePath + request.pathTemplate(),
          reader);
    } catch (NotFoundException missing) {
      RuntimeException translated = notFound.apply(missing);
      if (translated != missing) {
        CallStamps.stamp(translated, missing.callId(), missing.attempts(), false);
      }
      throw translated;
    }
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this client is closed");
    }
  }

  private Collection<String> secrets() {
    Collection<String> values = auth instanceof SecretValues s ? s.secretValues() : List.of();
    if (options.proxyPassword() == null) {
      return values;
    }
    // A proxy that echoes the request back in its error page must not reveal its credentials.
    List<String> withProxy = new ArrayList<>(values);
    withProxy.add(options.proxyPassword());
    withProxy.add(
        Credentials.basic(options.proxyUser(), options.proxyPassword(), StandardCharsets.UTF_8)
            .substring("Basic ".length()));
    return withProxy;
  }

  /** Open connections in the pool (for tests and diagnostics). */
  int connectionCount() {
    return http.connectionPool().connectionCount();
  }

  /** Connections held by an answer not yet closed (for tests). */
  int connectionsInUse() {
    return http.connectionPool().connectionCount() - http.connectionPool().idleConnectionCount();
  }

  @Override
  public void close() {
    if (viewOf != null) {
      return; // a view of another core: that core's close() is the one that counts
    }
    if (!closed.compareAndSet(false, true) || !ownsConnections) {
      return;
    }
    pageThreads.close(PAGE_THREADS_CLOSE_MILLIS);
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** How long {@link #close()} waits for the threads fetching pages ahead to end. */
  private static final long PAGE_THREADS_CLOSE_MILLIS = 2_000;

  @Override
  public String toString() {
    return "HttpCore[" + baseUrl() + ", " + auth + "]";
  }
}
