package io.netobs.opentelemetry;

import io.netobs.http.ApiException;
import io.netobs.http.CallHook;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CallHook} that makes one OpenTelemetry span of kind CLIENT per call of a netobs-java
 * client, retries included, and makes it the current span while the call runs (so that spans an
 * HTTP instrumentation makes for each attempt become its children):
 *
 * <pre>{@code
 * ExtraHopClient client = ExtraHopClient.builder()
 *     .host("eh.example.com").apiKey(key)
 *     .hook(OpenTelemetryCallHook.create(openTelemetry))
 *     .build();
 * }</pre>
 *
 * <p>The span is named {@code METHOD TEMPLATE} (e.g. {@code GET /api/v1/devices/{}}) and has the
 * attributes {@code http.request.method}, {@code url.template}, {@code server.address}, {@code
 * server.port}, {@code http.response.status_code} (when an answer came), {@code
 * http.request.resend_count} (the retries, when there were any), {@code netobs.attempts} and {@code
 * netobs.call_id} (the id the call's log lines and exception carry). Each attempt that is retried
 * adds an event {@code netobs.retry} with its status. A failed call has the status ERROR, the
 * attribute {@code error.type} (the status code, or the exception's class) and the exception
 * recorded. Nothing else of the request goes into the span: no headers, no query string, no body,
 * so no credential can reach the tracing backend.
 *
 * <p>Thread-safe: one hook serves every call of the clients it is added to.
 */
public final class OpenTelemetryCallHook implements CallHook {
  /** The instrumentation scope name of the spans. */
  public static final String INSTRUMENTATION_NAME = "io.netobs";

  private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  private static final AttributeKey<String> TEMPLATE = AttributeKey.stringKey("url.template");
  private static final AttributeKey<String> SERVER = AttributeKey.stringKey("server.address");
  private static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
  private static final AttributeKey<Long> STATUS =
      AttributeKey.longKey("http.response.status_code");
  private static final AttributeKey<Long> RESENDS =
      AttributeKey.longKey("http.request.resend_count");
  private static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("netobs.attempts");
  private static final AttributeKey<String> CALL_ID = AttributeKey.stringKey("netobs.call_id");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("netobs.attempt");

  private final Tracer tracer;

  /** The spans of the calls running now, by call id (unique within the process). */
  private final ConcurrentHashMap<String, Running> running = new ConcurrentHashMap<>();

  private record Running(Span span, Scope scope) {}

  private OpenTelemetryCallHook(Tracer tracer) {
    this.tracer = tracer;
  }

  /**
   * A hook that makes its spans with the tracer {@code openTelemetry} gives for {@code io.netobs}.
   */
  public static OpenTelemetryCallHook create(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry must not be null");
    return new OpenTelemetryCallHook(openTelemetry.getTracer(INSTRUMENTATION_NAME));
  }

  /** A hook that makes its spans with {@code tracer}. */
  public static OpenTelemetryCallHook create(Tracer tracer) {
    return new OpenTelemetryCallHook(Objects.requireNonNull(tracer, "tracer must not be null"));
  }

  /** Starts the call's span and makes it current on the calling thread. */
  @Override
  public void callStarted(CallStart call) {
    Span span =
        tracer
            .spanBuilder(call.method() + " " + call.pathTemplate())
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(METHOD, call.method())
            .setAttribute(TEMPLATE, call.pathTemplate())
            .setAttribute(SERVER, call.host())
            .setAttribute(PORT, (long) call.port())
            .setAttribute(CALL_ID, call.callId())
            .startSpan();
    running.put(call.callId(), new Running(span, span.makeCurrent()));
  }

  /** Adds an event to the call's span for an attempt that is about to be retried. */
  @Override
  public void afterAttempt(Outcome outcome) {
    if (!outcome.willRetry()) {
      return;
    }
    Span span = Span.current();
    if (span.getSpanContext().isValid()) {
      span.addEvent(
          "netobs.retry",
          io.opentelemetry.api.common.Attributes.of(
              ATTEMPT, (long) outcome.attempt(), STATUS, (long) outcome.status()));
    }
  }

  /** Ends the call's span with its status, attempts and, when it failed, its exception. */
  @Override
  public void callEnded(CallEnd call) {
    Running run = running.remove(call.callId());
    if (run == null) {
      return;
    }
    Span span = run.span();
    try {
      if (call.status() > 0) {
        span.setAttribute(STATUS, (long) call.status());
      }
      span.setAttribute(ATTEMPTS, (long) call.attempts());
      if (call.retries() > 0) {
        span.setAttribute(RESENDS, (long) call.retries());
      }
      call.failure()
          .ifPresent(
              e -> {
                String type =
                    e instanceof ApiException api
                        ? Integer.toString(api.status())
                        : e.getClass().getName();
                span.setAttribute(ERROR_TYPE, type);
                span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
                span.recordException(e);
              });
    } finally {
      run.scope().close();
      span.end();
    }
  }

  @Override
  public String toString() {
    return "OpenTelemetryCallHook[" + INSTRUMENTATION_NAME + "]";
  }
}
