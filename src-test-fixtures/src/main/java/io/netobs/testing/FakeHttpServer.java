package io.netobs.testing;

import io.netobs.testing.internal.GeneratedBody;
import io.netobs.testing.internal.NoDelayServerSocketFactory;
import io.netobs.testing.internal.ServiceErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import okio.ByteString;

/**
 * Serves one {@link FakeApi} over HTTP (or HTTPS) on a loopback port, recording every request in a
 * {@link Journal} and applying {@link Faults} on demand.
 *
 * <pre>{@code
 * try (FakeHttpServer server = FakeHttpServer.start(api)) {
 *   String base = server.baseUrl();   // http://127.0.0.1:PORT
 *   ...
 * }
 * }</pre>
 *
 * <p>For each request the server: decodes it into a {@link FakeRequest}; answers 413 itself when
 * the body exceeds {@link Builder#maxRequestBodyBytes}; asks its {@link Faults} whether a fault
 * applies; otherwise (or for a fault that {@link Fault#reachesApi() reaches the API}) asks the API;
 * turns an exception from the API into a 500 with a JSON error body; and records the exchange in
 * the journal. It speaks HTTP/1.1 only, so that a fault on one request cannot break the other
 * streams of a shared HTTP/2 connection.
 *
 * <p>Thread-safe; requests are served concurrently, one thread per connection.
 *
 * <p>A limit of MockWebServer 5.5.1 underneath: a {@code GET} or {@code HEAD} request that carries
 * a body is refused by MockWebServer before it reaches this server (it logs "Request must not have
 * a body") and the client waits for an answer that never comes. Clients should not send such
 * requests anyway.
 */
public final class FakeHttpServer implements AutoCloseable {
  /**
   * The largest request body served unless {@link Builder#maxRequestBodyBytes} says otherwise: 64
   * MiB.
   */
  public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 64L * 1024 * 1024;

  /** A body to send when a disconnect-during-body fault meets an answer without one. */
  private static final byte[] PROMISED_BODY = " ".repeat(64).getBytes(StandardCharsets.US_ASCII);

  private final FakeApi api;
  private final MockWebServer server = new MockWebServer();
  private final Journal journal = new Journal();
  private final Faults faults = new Faults();
  private final boolean tls;
  private final long maxRequestBodyBytes;

  private FakeHttpServer(Builder builder) {
    this.api = builder.api;
    this.tls = builder.serverCertificate != null;
    this.maxRequestBodyBytes = builder.maxRequestBodyBytes;
    // Bodies past the limit are not kept by MockWebServer; their size still is, which is how 413 is
    // decided.
    server.setBodyLimit(maxRequestBodyBytes);
    server.setProtocolNegotiationEnabled(false);
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    if (tls) {
      HandshakeCertificates certificates =
          new HandshakeCertificates.Builder().heldCertificate(builder.serverCertificate).build();
      server.useHttps(certificates.sslSocketFactory());
    }
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            try {
              return FakeHttpServer.this.dispatch(request);
            } catch (RuntimeException | Error e) {
              // Left to MockWebServer, a failure here would close the connection without an
              // answer and leave some clients waiting: a broken fake must fail the test that met
              // it, at once and with the cause.
              return new MockResponse.Builder()
                  .code(500)
                  .addHeader("Content-Type", "text/plain; charset=utf-8")
                  .body("The fake server failed: " + e)
                  .build();
            }
          }
        });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), builder.port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake server on port " + builder.port, e);
    }
  }

  /** Serves {@code api} over plain HTTP on a free loopback port. */
  public static FakeHttpServer start(FakeApi api) {
    return builder(api).start();
  }

  /** A builder for a server of {@code api}, to choose the port or serve HTTPS. */
  public static Builder builder(FakeApi api) {
    return new Builder(api);
  }

  /**
   * The base URL without a trailing slash, e.g. {@code http://127.0.0.1:53211} ({@code https} with
   * TLS).
   */
  public String baseUrl() {
    return (tls ? "https" : "http") + "://127.0.0.1:" + server.getPort();
  }

  /** The port the server listens on. */
  public int port() {
    return server.getPort();
  }

  /** Whether the server speaks HTTPS. */
  public boolean isTls() {
    return tls;
  }

  /** Every request received, with its answer. */
  public Journal journal() {
    return journal;
  }

  /** The faults to apply to coming requests. */
  public Faults faults() {
    return faults;
  }

  /** Stops listening and closes every connection. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeHttpServer[" + baseUrl() + "]";
  }

  /**
   * Empties MockWebServer's queue of recorded requests, which it keeps for takeRequest() and never
   * forgets; the journal is our record. Returns how many there were.
   */
  int drainRecordedRequests() throws InterruptedException {
    int count = 0;
    while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
      count++;
    }
    return count;
  }

  private MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
    drainRecordedRequests();
    FakeRequest request = toFakeRequest(recorded);
    Catalogue.Operation operation = Catalogue.lookup(request.method(), request.path()).orElse(null);
    if (recorded.getBodySize() > maxRequestBodyBytes) {
      FakeResponse tooLarge =
          ServiceErrors.response(
              request.path(),
              413,
              "Request body of "
                  + recorded.getBodySize()
                  + " bytes exceeds the limit of "
                  + maxRequestBodyBytes);
      journal.record(request, 413, null, operation, null);
      return toMockResponse(tooLarge).build();
    }

    Fault fault = faults.select(request);
    FakeResponse answer = null;
    String error = null;
    if (fault == null || fault.reachesApi()) {
      try {
        answer = Objects.requireNonNull(api.handle(request), "the fake API answered null");
      } catch (RuntimeException e) {
        error = e.toString();
        answer = ServiceErrors.response(request.path(), 500, "The fake API failed: " + e);
      }
    }
    MockResponse response;
    int status;
    if (fault == null) {
      response = toMockResponse(answer).build();
      status = answer.status();
    } else {
      response = faulted(fault, request, answer);
      status =
          fault.kind() == Fault.Kind.DISCONNECT_BEFORE_RESPONSE
              ? 0
              : fault.status() != 0 ? fault.status() : answer.status();
    }
    journal.record(request, status, fault, operation, error);
    return response;
  }

  private static MockResponse faulted(Fault fault, FakeRequest request, FakeResponse answer) {
    switch (fault.kind()) {
      case DELAY:
        return toMockResponse(answer)
            .headersDelay(fault.duration().toNanos(), TimeUnit.NANOSECONDS)
            .build();
      case STATUS:
        return toMockResponse(
                ServiceErrors.response(
                    request.path(), fault.status(), ServiceErrors.reason(fault.status())))
            .build();
      case TOO_MANY_REQUESTS:
        {
          MockResponse.Builder builder =
              toMockResponse(ServiceErrors.response(request.path(), 429, "Too Many Requests"));
          if (fault.duration() != null) {
            builder.setHeader("Retry-After", ceilSeconds(fault.duration().toMillis()));
          }
          return builder.build();
        }
      case DISCONNECT_BEFORE_RESPONSE:
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
      case DISCONNECT_DURING_BODY:
        {
          MockResponse.Builder builder = toMockResponse(answer);
          byte[] body = answer.bodyWithoutCopy();
          if (body != null && body.length == 0) {
            builder.body(new Buffer().write(PROMISED_BODY));
          }
          // MockWebServer runs this effect once half the body's bytes are written.
          return builder.onResponseBody(new SocketEffect.CloseSocket()).build();
        }
      case TRUNCATED_JSON:
        {
          byte[] body = answer.bodyWithoutCopy();
          byte[] json =
              body != null && body.length >= 2
                  ? body
                  : "{\"id\": 1, \"name\": \"a value that never ends\"}"
                      .getBytes(StandardCharsets.UTF_8);
          byte[] cut = Arrays.copyOf(json, json.length / 2);
          return new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(new Buffer().write(cut))
              .build();
        }
      case HTML_ERROR:
        return new MockResponse.Builder()
            .code(fault.status())
            .addHeader("Content-Type", "text/html")
            .body(ServiceErrors.htmlPage(fault.status()))
            .build();
      case EMPTY_OK:
        return new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .build();
      default:
        throw new AssertionError(fault.kind());
    }
  }

  /**
   * The reason phrase the real services send, so that curl users see {@code 201 Created}, not
   * {@code 201 OK}.
   */
  static String reasonPhrase(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 204 -> "No Content";
      case 207 -> "Multi-Status";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 413 -> "Payload Too Large";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Status";
    };
  }

  private static String ceilSeconds(long millis) {
    return Long.toString((millis + 999) / 1000);
  }

  private static MockResponse.Builder toMockResponse(FakeResponse answer) {
    MockResponse.Builder builder =
        new MockResponse.Builder()
            .status("HTTP/1.1 " + answer.status() + " " + reasonPhrase(answer.status()));
    answer.headers().forEach(builder::addHeader);
    byte[] body = answer.bodyWithoutCopy();
    if (body == null) {
      builder.body(new GeneratedBody(answer.generatedLength()));
    } else if (body.length > 0) {
      builder.body(new Buffer().write(body));
    }
    return builder;
  }

  private static FakeRequest toFakeRequest(RecordedRequest recorded) {
    HttpUrl url = recorded.getUrl();
    String path = "/" + String.join("/", url.pathSegments());
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      query
          .computeIfAbsent(url.queryParameterName(i), name -> new ArrayList<>())
          .add(value == null ? "" : value);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Headers recordedHeaders = recorded.getHeaders();
    for (int i = 0; i < recordedHeaders.size(); i++) {
      headers
          .computeIfAbsent(
              recordedHeaders.name(i).toLowerCase(Locale.ROOT), name -> new ArrayList<>())
          .add(recordedHeaders.value(i));
    }
    query.replaceAll((name, values) -> List.copyOf(values));
    headers.replaceAll((name, values) -> List.copyOf(values));
    ByteString body = recorded.getBody();
    return new FakeRequest(
        recorded.getMethod(),
        path,
        query,
        headers,
        body == null ? new byte[0] : body.toByteArray());
  }

  /** Chooses the port and the protocol before the server starts. */
  public static final class Builder {
    private final FakeApi api;
    private int port;
    private HeldCertificate serverCertificate;
    private long maxRequestBodyBytes = DEFAULT_MAX_REQUEST_BODY_BYTES;

    private Builder(FakeApi api) {
      this.api = Objects.requireNonNull(api, "api");
    }

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Serves HTTPS with this certificate and its private key. Clients must trust it, e.g. through
     * {@code new
     * HandshakeCertificates.Builder().addTrustedCertificate(cert.certificate()).build().sslContext()}.
     */
    public Builder tls(HeldCertificate serverCertificate) {
      this.serverCertificate = Objects.requireNonNull(serverCertificate, "serverCertificate");
      return this;
    }

    /** The largest request body accepted; a larger one is answered 413 without reaching the API. */
    public Builder maxRequestBodyBytes(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("bytes must not be negative");
      }
      this.maxRequestBodyBytes = bytes;
      return this;
    }

    /** Starts the server. */
    public FakeHttpServer start() {
      return new FakeHttpServer(this);
    }
  }
}
