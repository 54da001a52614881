package io.netobs.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import io.netobs.http.ApiException;
import io.netobs.http.ApiTimeoutException;
import io.netobs.http.Auth;
import io.netobs.http.AuthContext;
import io.netobs.http.AuthRequest;
import io.netobs.http.BadRequestException;
import io.netobs.http.CallHook;
import io.netobs.http.ClientErrorException;
import io.netobs.http.ConflictException;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.ForbiddenException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimitedException;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import io.netobs.http.UnauthorizedException;
import io.netobs.http.UnprocessableEntityException;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Sends calls for one client: builds each attempt, applies auth, limits, hooks and retries, logs, and
 * turns failures into the SDK's typed exceptions. Immutable and thread-safe; one instance serves
 * every thread of an application.
 */
public final class HttpCore implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final int ERROR_BODY_LIMIT = 64 * 1024;

  private final HttpUrl baseUrl;
  private final Auth auth;
  private final CoreOptions options;
  private final OkHttpClient http;
  private final CallLimiter limiter;
  private final boolean ownsConnections;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final String userAgent;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final AuthContext authContext = new CoreAuthContext();

  /** Waits between attempts; replaced in tests. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Reads a successful answer. Runs while the connection is open; the core closes it afterwards. */
  @FunctionalInterface
  public interface ResponseReader<T> {
    T read(ApiResponse response) throws IOException;
  }

  /** The status and headers of an answer whose body was not needed. */
  public record Sent(int status, Map<String, List<String>> headers) {
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  private HttpCore(HttpUrl baseUrl, Auth auth, CoreOptions options, OkHttpClient http, CallLimiter limiter,
      boolean ownsConnections, Sleeper sleeper, DoubleSupplier random) {
    this.baseUrl = baseUrl;
    this.auth = auth;
    this.options = options;
    this.http = http;
    this.limiter = limiter;
    this.ownsConnections = ownsConnections;
    this.userAgent = UserAgent.value(options.userAgentSuffix());
    this.sleeper = sleeper;
    this.random = random;
  }

  /**
   * A core for {@code baseUrl} (e.g. {@code https://host/api/v1}).
   *
   * @throws IllegalArgumentException when the URL is not http(s), or when credentials would travel in
   *     clear text to a host other than loopback without the caller's explicit consent
   */
  public static HttpCore create(String baseUrl, Auth auth, CoreOptions options) {
    return create(baseUrl, auth, options, d -> Thread.sleep(d.toMillis()), () -> ThreadLocalRandom.current().nextDouble());
  }

  /** As {@link #create(String, Auth, CoreOptions)}, with the waits and randomness under the caller's control. */
  public static HttpCore create(String baseUrl, Auth auth, CoreOptions options, Sleeper sleeper, DoubleSupplier random) {
    Checks.notNull(baseUrl, "baseUrl");
    Checks.notNull(auth, "auth");
    Checks.notNull(options, "options");
    HttpUrl url = HttpUrl.parse(baseUrl.strip());
    if (url == null) {
      throw new IllegalArgumentException("baseUrl must be an http:// or https:// URL, was '" + baseUrl + "'");
    }
    if (!url.isHttps() && auth.carriesCredentials() && !options.allowCleartextCredentials() && !isLoopback(url.host())) {
      throw new IllegalArgumentException("baseUrl is plain http:// to " + url.host()
          + ": credentials would cross the network in clear text. Use https://, or allowCleartextCredentials(true) if you accept that");
    }
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        // Keep-alive shorter than the servers' (ExtraHop closes idle connections after 45 s), so that a
        // request is rarely written to a connection the server is closing.
        .connectionPool(new ConnectionPool(5, 30, TimeUnit.SECONDS))
        .eventListener(new SentTracker());
    configure(builder, options);
    CallLimiter limiter = options.rateLimit().limits() ? new CallLimiter(options.rateLimit()) : null;
    return new HttpCore(url, auth, options, builder.build(), limiter, true, sleeper, random);
  }

  private static void configure(OkHttpClient.Builder builder, CoreOptions options) {
    builder
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.writeTimeout())
        .callTimeout(options.callTimeout())
        // Our retry loop decides what is safe to send twice; OkHttp's own silent retry would re-send a
        // POST after a connection failure without asking.
        .retryOnConnectionFailure(false)
        // A redirect could carry the credential headers to another host.
        .followRedirects(false)
        .followSslRedirects(false)
        .proxy(options.proxy());
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
   * A core with other options that shares this one's connections and threads. Closing the variant does
   * not close them; closing the core it came from does.
   */
  public HttpCore withOptions(CoreOptions newOptions) {
    Checks.notNull(newOptions, "options");
    ensureOpen();
    OkHttpClient.Builder builder = http.newBuilder();
    configure(builder, newOptions);
    CallLimiter newLimiter = newOptions.rateLimit().equals(options.rateLimit())
        ? limiter
        : newOptions.rateLimit().limits() ? new CallLimiter(newOptions.rateLimit()) : null;
    if (!baseUrl.isHttps() && auth.carriesCredentials() && !newOptions.allowCleartextCredentials() && !isLoopback(baseUrl.host())) {
      throw new IllegalArgumentException("allowCleartextCredentials cannot be turned off for a client of http://" + baseUrl.host());
    }
    return new HttpCore(baseUrl, auth, newOptions, builder.build(), newLimiter, false, sleeper, random);
  }

  public String baseUrl() {
    String text = baseUrl.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  public CoreOptions options() {
    return options;
  }

  public Auth auth() {
    return auth;
  }

  // ---- conveniences over execute() -----------------------------------------------------------------

  /** Sends the request and decodes the JSON answer as {@code type}. */
  public <T> T json(ApiRequest request, Class<T> type) {
    return json(request, Json.mapper().constructType(type));
  }

  /** Sends the request and decodes the JSON answer as {@code type}. */
  public <T> T json(ApiRequest request, TypeReference<T> type) {
    return json(request, Json.mapper().constructType(type));
  }

  /** Sends the request and decodes the JSON answer as {@code type}. */
  public <T> T json(ApiRequest request, JavaType type) {
    return execute(request, response -> {
      if (response.status() == 204) {
        throw new DecodingException(response.method(), response.path(), 204, "expected a JSON body, got none", "", null);
      }
      return Json.mapper().readValue(response.body(), type);
    });
  }

  /** Sends the request; the body of the answer, if any, is discarded. */
  public Sent send(ApiRequest request) {
    return execute(request, response -> {
      response.body().transferTo(OutputStream.nullOutputStream());
      return new Sent(response.status(), response.headers());
    });
  }

  /** Sends a create request and returns the numeric id from the answer's {@code Location} header. */
  public long createdId(ApiRequest request) {
    return execute(request, response -> Locations.id(response.header("Location"), response.method(), response.path(), response.status()));
  }

  /** Sends a create request and returns the last segment of the answer's {@code Location} header. */
  public String createdKey(ApiRequest request) {
    return execute(request, response -> Locations.lastSegment(response.header("Location"), response.method(), response.path(), response.status()));
  }

  /**
   * Streams the answer's body into {@code out} without holding it in memory.
   *
   * @return the number of bytes written
   */
  public long download(ApiRequest request, OutputStream out) {
    Checks.notNull(out, "out");
    return execute(request, new ResponseReader<Long>() {
      @Override
      public Long read(ApiResponse response) throws IOException {
        return new WrittenToCaller(response.body()).transferTo(out);
      }
    });
  }

  /**
   * Copies an answer into the caller's stream. Once a byte has gone to the caller, the call cannot be
   * made again without duplicating what the caller already has: failures from then on are final.
   */
  private static final class WrittenToCaller {
    private final InputStream in;

    WrittenToCaller(InputStream in) {
      this.in = in;
    }

    long transferTo(OutputStream out) throws IOException {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      while (true) {
        int n;
        try {
          n = in.read(buffer);
        } catch (IOException e) {
          if (total > 0) {
            throw new NotRestartable("the answer broke off after " + total + " bytes were written to the caller's stream: " + e.getMessage(), e);
          }
          throw e;
        }
        if (n < 0) {
          return total;
        }
        try {
          out.write(buffer, 0, n);
        } catch (IOException e) {
          throw new NotRestartable("writing to the caller's stream failed: " + e.getMessage(), e);
        }
        total += n;
      }
    }
  }

  /** A failure after which the call must not be made again by the SDK. */
  private static final class NotRestartable extends IOException {
    private static final long serialVersionUID = 1L;

    NotRestartable(String message, IOException cause) {
      super(message, cause);
    }
  }

  // ---- the attempt loop ----------------------------------------------------------------------------

  /** Sends the request, retrying as the policy allows, and hands a successful answer to {@code reader}. */
  public <T> T execute(ApiRequest request, ResponseReader<T> reader) {
    Checks.notNull(request, "request");
    ensureOpen();
    HttpUrl url = url(request);
    String method = request.method();
    String path = url.encodedPath();
    RetryPolicy policy = options.retryPolicy();
    int maxAttempts = policy.maxRetries() + 1;
    PreparedBody prepared = prepareBody(request, method, path);
    RequestBody body = prepared.body();
    boolean replayable = !(request.body() instanceof ApiRequest.StreamBody);
    int retriesUsed = 0;
    boolean renewedAuth = false;
    // Whether an earlier attempt may have been carried out although its answer was lost or ambiguous.
    boolean mayHaveBeenApplied = false;

    for (int attempt = 1; ; attempt++) {
      AttemptState state = new AttemptState();
      Map<String, String> headers = baseHeaders(request);
      CoreAuthRequest authRequest = new CoreAuthRequest(method, url.toString(), headers);
      auth.apply(authRequest);
      runBeforeHooks(method, path, attempt, maxAttempts, headers);
      Request okRequest = new Request.Builder()
          .url(url)
          .method(method, body)
          .headers(toHeaders(headers))
          .tag(AttemptState.class, state)
          .build();
      acquire(method, path);
      long started = System.nanoTime();
      Response response = null;
      try {
        try {
          response = http.newCall(okRequest).execute();
        } catch (IOException e) {
          boolean sent = state.sent.get();
          Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
          boolean retry = retriesUsed < policy.maxRetries() && replayable && (request.idempotent() || !sent)
              && isRetryableTransport(e);
          logAttempt(method, path, 0, elapsed, attempt, maxAttempts, e);
          runAfterHooks(new CallHook.Outcome(method, path, attempt, 0, elapsed, Optional.of(e), retry));
          if (!retry) {
            throw transportException(method, path, sent, e);
          }
          retriesUsed++;
          mayHaveBeenApplied |= sent;
          pause(policy.backoff(retriesUsed, random.getAsDouble()), method, path, sent);
          continue;
        }

        int status = response.code();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        logAttempt(method, path, status, elapsed, attempt, maxAttempts, null);
        if (WireLog.traceEnabled()) {
          traceExchange(okRequest, prepared, response);
        }

        if (status == 401 && !renewedAuth && replayable && auth.renewAfterUnauthorized(authRequest)) {
          renewedAuth = true;
          runAfterHooks(new CallHook.Outcome(method, path, attempt, status, elapsed, Optional.empty(), true));
          continue;
        }

        if (status == 404 && mayHaveBeenApplied && method.equals("DELETE")) {
          // An earlier attempt may have deleted it and lost its answer: gone is what the caller asked for.
          WireLog.LOG.debug("{} {} -> 404 after an earlier attempt that may have deleted it: done", method, path);
          runAfterHooks(new CallHook.Outcome(method, path, attempt, status, elapsed, Optional.empty(), false));
          try {
            return reader.read(new ApiResponse(method, path, status, lowerCaseHeaders(response.headers()), InputStream.nullInputStream()));
          } catch (IOException e) {
            throw transportException(method, path, true, e);
          }
        }

        if (status >= 400) {
          Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), options.clock().instant());
          boolean safe = request.idempotent() || status == 429; // 429: refused unprocessed, per RFC 6585
          boolean waitAcceptable = retryAfter == null || retryAfter.compareTo(policy.maxRetryAfter()) <= 0;
          boolean retry = policy.retriesStatus(status) && retriesUsed < policy.maxRetries() && safe && replayable && waitAcceptable;
          runAfterHooks(new CallHook.Outcome(method, path, attempt, status, elapsed, Optional.empty(), retry));
          if (retry) {
            retriesUsed++;
            // 429 and 408 say the request was not processed; a 5xx (from a gateway, say) does not.
            mayHaveBeenApplied |= status >= 500;
            Duration wait = retryAfter != null ? retryAfter : policy.backoff(retriesUsed, random.getAsDouble());
            response.close();
            pause(wait, method, path, true);
            continue;
          }
          throw apiException(method, path, response, retryAfter);
        }

        runAfterHooks(new CallHook.Outcome(method, path, attempt, status, elapsed, Optional.empty(), false));
        ResponseBody responseBody = response.body();
        ExcerptingStream stream = new ExcerptingStream(responseBody.byteStream());
        ApiResponse apiResponse = new ApiResponse(method, path, status, lowerCaseHeaders(response.headers()), stream);
        try {
          return reader.read(apiResponse);
        } catch (NotRestartable e) {
          throw new TransportException(method, path, true, e.getMessage(), e.getCause());
        } catch (IOException thrown) {
          // Only a failure of the answer's stream is the answer breaking off (Jackson may report it wrapped in
          // a mapping error). Anything else the reader threw is about the body itself: it cannot be decoded
          // (Jackson's errors, and the CharConversionException of bytes in no encoding it knows).
          IOException e = stream.failure();
          if (e == null) {
            String detail = thrown instanceof JsonProcessingException json ? json.getOriginalMessage() : thrown.toString();
            // A body cut short (JSON that ends early, or no body at all) is what a proxy that dropped part
            // of the answer leaves: an idempotent call is made again. Any other decoding failure is final.
            boolean cutShort = (thrown instanceof JsonProcessingException json && endedEarly(json)) || stream.bytesRead() == 0;
            if (!(cutShort && retriesUsed < policy.maxRetries() && request.idempotent() && replayable)) {
              throw new DecodingException(method, path, status, scrub(detail), scrub(stream.excerpt()), thrown);
            }
            retriesUsed++;
            mayHaveBeenApplied = true;
            WireLog.LOG.debug("{} {} answer was cut short ({} bytes: {}), retrying", method, path, stream.bytesRead(), scrub(detail));
            response.close();
            pause(policy.backoff(retriesUsed, random.getAsDouble()), method, path, true);
            continue;
          }
          // The answer broke off mid-body. An idempotent call can simply be made again.
          boolean retry = retriesUsed < policy.maxRetries() && request.idempotent() && replayable && isRetryableTransport(e);
          if (!retry) {
            throw transportException(method, path, true, e);
          }
          retriesUsed++;
          mayHaveBeenApplied = true;
          WireLog.LOG.debug("{} {} answer broke off ({}), retrying", method, path, e.toString());
          response.close();
          pause(policy.backoff(retriesUsed, random.getAsDouble()), method, path, true);
        }
      } finally {
        if (response != null) {
          response.close();
        }
        release();
      }
    }
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this client is closed");
    }
  }

  private HttpUrl url(ApiRequest request) {
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

  private Map<String, String> baseHeaders(ApiRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", userAgent);
    headers.put("Accept", "application/json");
    headers.putAll(options.headers());
    headers.putAll(request.headers());
    return headers;
  }

  private static Headers toHeaders(Map<String, String> map) {
    Headers.Builder b = new Headers.Builder();
    map.forEach(b::set);
    return b.build();
  }

  /** The body to send on every attempt, and its bytes when they are in memory (for TRACE logs). */
  private record PreparedBody(RequestBody body, byte[] bytes, String contentType) {}

  private static PreparedBody prepareBody(ApiRequest request, String method, String path) {
    ApiRequest.Body body = request.body();
    if (body == null) {
      return switch (method) {
        case "POST", "PUT", "PATCH" -> new PreparedBody(RequestBody.create(new byte[0], null), new byte[0], null);
        default -> new PreparedBody(null, null, null);
      };
    }
    if (body instanceof ApiRequest.JsonBody json) {
      try {
        byte[] bytes = Json.mapper().writeValueAsBytes(json.value());
        return new PreparedBody(RequestBody.create(bytes, JSON), bytes, JSON.toString());
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("the body of " + method + " " + path + " cannot be written as JSON: " + e.getOriginalMessage(), e);
      }
    }
    if (body instanceof ApiRequest.BytesBody bytes) {
      return new PreparedBody(RequestBody.create(bytes.bytes(), MediaType.parse(bytes.contentType())), bytes.bytes(), bytes.contentType());
    }
    if (body instanceof ApiRequest.FileBody file) {
      return new PreparedBody(RequestBody.create(file.file().toFile(), MediaType.parse(file.contentType())), null, file.contentType());
    }
    ApiRequest.StreamBody stream = (ApiRequest.StreamBody) body;
    return new PreparedBody(new RequestBody() {
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
    }, null, stream.contentType());
  }

  private void acquire(String method, String path) {
    if (limiter == null) {
      return;
    }
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(method, path, false, "interrupted while waiting for the rate limit", e);
    }
  }

  private void release() {
    if (limiter != null) {
      limiter.release();
    }
  }

  private void pause(Duration wait, String method, String path, boolean sent) {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(method, path, sent, "interrupted while waiting to retry", e);
    }
  }

  /**
   * Whether the JSON ended before the value did. Jackson says so with a {@link JsonEOFException}, wrapped in
   * a mapping error inside a record, or (reading a tree) with a parse error "Unexpected end-of-input".
   */
  static boolean endedEarly(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonEOFException
          || (t instanceof JsonProcessingException json && String.valueOf(json.getOriginalMessage()).startsWith("Unexpected end-of-input"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRetryableTransport(IOException e) {
    // A TLS failure or an unknown host will not fix itself in a second.
    return !(e instanceof javax.net.ssl.SSLPeerUnverifiedException)
        && !(e instanceof javax.net.ssl.SSLHandshakeException)
        && !(e instanceof UnknownHostException)
        && !(e instanceof NotRestartable);
  }

  private TransportException transportException(String method, String path, boolean sent, IOException e) {
    String detail = scrub(e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage());
    if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new ApiTimeoutException(method, path, sent, "timed out (" + detail + ")", e);
    }
    return new TransportException(method, path, sent, detail, e);
  }

  private ApiException apiException(String method, String path, Response response, Duration retryAfter) {
    int status = response.code();
    String text = readLimited(response.body());
    String message = scrub(ErrorBodies.message(text));
    Map<String, List<String>> headers = lowerCaseHeaders(response.headers());
    headers.remove("set-cookie");
    return typedException(method, path, status, message, headers, retryAfter);
  }

  /** The exception type of an error status: 400 BadRequestException, ..., 429 RateLimitedException, 5xx ServerErrorException. */
  static ApiException typedException(String method, String path, int status, String message, Map<String, List<String>> headers,
      Duration retryAfter) {
    return switch (status) {
      case 400 -> new BadRequestException(method, path, message, headers);
      case 401 -> new UnauthorizedException(method, path, message, headers);
      case 403 -> new ForbiddenException(method, path, message, headers);
      case 404 -> new NotFoundException(method, path, message, headers);
      case 409 -> new ConflictException(method, path, message, headers);
      case 422 -> new UnprocessableEntityException(method, path, message, headers);
      case 429 -> new RateLimitedException(method, path, message, headers, retryAfter);
      default -> status >= 500
          ? new ServerErrorException(method, path, status, message, headers)
          : new ClientErrorException(method, path, status, message, headers);
    };
  }

  private static String readLimited(ResponseBody body) {
    try (InputStream in = body.byteStream()) {
      byte[] bytes = in.readNBytes(ERROR_BODY_LIMIT);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  static Map<String, List<String>> lowerCaseHeaders(Headers headers) {
    Map<String, List<String>> map = new TreeMap<>();
    for (String name : headers.names()) {
      map.put(name.toLowerCase(Locale.ROOT), headers.values(name));
    }
    return map;
  }

  private Collection<String> secrets() {
    return auth instanceof SecretValues s ? s.secretValues() : List.of();
  }

  private String scrub(String text) {
    return WireLog.scrub(text, this::secrets);
  }

  // ---- logging and hooks ---------------------------------------------------------------------------

  private void logAttempt(String method, String path, int status, Duration elapsed, int attempt, int maxAttempts, IOException failure) {
    if (!WireLog.LOG.isDebugEnabled()) {
      return;
    }
    if (failure == null) {
      WireLog.LOG.debug("{} {} -> {} ({} ms, attempt {}/{})", method, path, status, elapsed.toMillis(), attempt, maxAttempts);
    } else {
      WireLog.LOG.debug("{} {} -> failed: {} ({} ms, attempt {}/{})", method, path, scrub(failure.toString()), elapsed.toMillis(), attempt, maxAttempts);
    }
  }

  private void traceExchange(Request okRequest, PreparedBody prepared, Response response) {
    String requestBody = prepared.bytes() != null
        ? WireLog.body(prepared.bytes(), prepared.contentType())
        : prepared.body() == null ? "(no body)" : "(streamed body)";
    String responseBody;
    try {
      String type = response.header("Content-Type");
      responseBody = type == null || WireLog.isText(type) ? WireLog.body(response.peekBody(4096).bytes(), type) : "(" + type + ")";
    } catch (IOException e) {
      responseBody = "(unreadable)";
    }
    WireLog.LOG.trace(scrub("{} {}{}\n{}\n<- {}{}\n{}"), okRequest.method(), okRequest.url().encodedPath(),
        scrub(WireLog.headers(okRequest.headers().toMultimap())), scrub(requestBody), response.code(),
        scrub(WireLog.headers(response.headers().toMultimap())), scrub(responseBody));
  }

  private void runBeforeHooks(String method, String path, int attempt, int maxAttempts, Map<String, String> headers) {
    for (CallHook hook : options.hooks()) {
      hook.beforeAttempt(new CallHook.Attempt() {
        @Override
        public String method() {
          return method;
        }

        @Override
        public String path() {
          return path;
        }

        @Override
        public int attempt() {
          return attempt;
        }

        @Override
        public int maxAttempts() {
          return maxAttempts;
        }

        @Override
        public void header(String name, String value) {
          String lower = name.toLowerCase(Locale.ROOT);
          if (lower.equals("authorization") || lower.startsWith("x-ch-auth-")) {
            throw new IllegalArgumentException("a hook cannot set the credential header " + name);
          }
          headers.put(name, value);
        }
      });
    }
  }

  private void runAfterHooks(CallHook.Outcome outcome) {
    for (CallHook hook : options.hooks()) {
      hook.afterAttempt(outcome);
    }
  }

  /** Open connections in the pool (for tests and diagnostics). */
  int connectionCount() {
    return http.connectionPool().connectionCount();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true) || !ownsConnections) {
      return;
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "HttpCore[" + baseUrl() + ", " + auth + "]";
  }

  // ---- helpers -------------------------------------------------------------------------------------

  /** Set once OkHttp starts writing the request: from then on the server may have received it. */
  private static final class AttemptState {
    final AtomicBoolean sent = new AtomicBoolean();
  }

  private static final class SentTracker extends EventListener {
    @Override
    public void requestHeadersStart(Call call) {
      AttemptState state = call.request().tag(AttemptState.class);
      if (state != null) {
        state.sent.set(true);
      }
    }
  }

  /** Keeps the first bytes of a body, for the excerpt of a {@link DecodingException}. */
  private static final class ExcerptingStream extends FilterInputStream {
    private static final int KEEP = 256;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream(KEEP);
    private long bytesRead;
    private IOException failure;

    ExcerptingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b;
      try {
        b = super.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      if (b >= 0) {
        bytesRead++;
        if (head.size() < KEEP) {
          head.write(b);
        }
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n;
      try {
        n = super.read(buffer, offset, length);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      if (n > 0) {
        bytesRead += n;
        if (head.size() < KEEP) {
          head.write(buffer, offset, Math.min(n, KEEP - head.size()));
        }
      }
      return n;
    }

    /** The bytes of the body read so far (white space included). */
    long bytesRead() {
      return bytesRead;
    }

    /** The failure of the answer's stream itself (the connection broke off, a timeout), or null. */
    IOException failure() {
      return failure;
    }

    String excerpt() {
      return ErrorBodies.excerpt(head.toString(StandardCharsets.UTF_8));
    }
  }

  private final class CoreAuthRequest implements AuthRequest {
    private final String method;
    private final String url;
    private final Map<String, String> headers;

    CoreAuthRequest(String method, String url, Map<String, String> headers) {
      this.method = method;
      this.url = url;
      this.headers = headers;
    }

    @Override
    public String method() {
      return method;
    }

    @Override
    public String url() {
      return url;
    }

    @Override
    public void header(String name, String value) {
      headers.put(name, value);
    }

    @Override
    public String header(String name) {
      for (Map.Entry<String, String> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue();
        }
      }
      return null;
    }

    @Override
    public AuthContext context() {
      return authContext;
    }

    @Override
    public String toString() {
      return "AuthRequest[" + method + " " + url + "]";
    }
  }

  private final class CoreAuthContext implements AuthContext {
    @Override
    public String baseUrl() {
      return HttpCore.this.baseUrl();
    }

    @Override
    public java.time.Clock clock() {
      return options.clock();
    }

    @Override
    public FormAnswer postForm(String url, String basicUser, String basicPassword, Map<String, String> form) {
      HttpUrl target = HttpUrl.parse(url);
      if (target == null) {
        throw new IllegalArgumentException("token URL must be an http:// or https:// URL, was '" + url + "'");
      }
      FormBody.Builder formBody = new FormBody.Builder();
      form.forEach(formBody::add);
      Request request = new Request.Builder()
          .url(target)
          .post(formBody.build())
          .header("Authorization", okhttp3.Credentials.basic(basicUser, basicPassword, StandardCharsets.UTF_8))
          .header("User-Agent", userAgent)
          .header("Accept", "application/json")
          .build();
      // A token request is safe to repeat (a second token is harmless): it is retried as the client's policy
      // allows on a connection failure, an answer that broke off or is cut short, and 408, 429 and 5xx.
      RetryPolicy policy = options.retryPolicy();
      String path = target.encodedPath();
      for (int retriesUsed = 0; ; retriesUsed++) {
        boolean retriesLeft = retriesUsed < policy.maxRetries();
        long started = System.nanoTime();
        Duration wait;
        try (Response response = http.newCall(request).execute()) {
          int status = response.code();
          WireLog.LOG.debug("POST {} -> {} ({} ms, token request, attempt {}/{})", path, status,
              TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), retriesUsed + 1, policy.maxRetries() + 1);
          String body = new String(response.body().byteStream().readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
          Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), options.clock().instant());
          boolean waitAcceptable = retryAfter == null || retryAfter.compareTo(policy.maxRetryAfter()) <= 0;
          boolean cutShort = status >= 200 && status < 300 && !isCompleteJson(body);
          if (!retriesLeft || !(cutShort || (policy.retriesStatus(status) && waitAcceptable))) {
            return new FormAnswer(status, body);
          }
          wait = retryAfter != null ? retryAfter : policy.backoff(retriesUsed + 1, random.getAsDouble());
        } catch (IOException e) {
          if (!retriesLeft || !isRetryableTransport(e)) {
            throw transportException("POST", path, true, e);
          }
          WireLog.LOG.debug("POST {} -> failed: {} (token request, attempt {}/{})", path, scrub(e.toString()), retriesUsed + 1,
              policy.maxRetries() + 1);
          wait = policy.backoff(retriesUsed + 1, random.getAsDouble());
        }
        pause(wait, "POST", path, true);
      }
    }

    private boolean isCompleteJson(String body) {
      try {
        com.fasterxml.jackson.databind.JsonNode tree = Json.mapper().readTree(body);
        return tree != null && !tree.isMissingNode();
      } catch (IOException e) {
        return false;
      }
    }
  }
}
