package io.netobs.http.internal;

import io.netobs.http.CallHook;
import io.netobs.http.internal.RetryDecision.Ending;
import io.netobs.http.internal.RetryDecision.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What the world learns of each call and attempt: one DEBUG line per attempt (and, at TRACE, the
 * headers and bodies, with secrets redacted by {@link WireLog}), each starting with the call's id
 * in brackets, and the {@link CallHook}s at the start and end of the call and before and after each
 * attempt. The token request is logged as such and never traced; hooks do not see it.
 */
final class AttemptLog {
  private final List<CallHook> hooks;
  private final ErrorMapping errors;

  AttemptLog(List<CallHook> hooks, ErrorMapping errors) {
    this.hooks = hooks;
    this.errors = errors;
  }

  /** Runs the hooks at the start of a call. */
  void callStarted(AttemptLoop.Call call, CallTrace trace, String pathTemplate, int maxAttempts) {
    if (call.tokenRequest() || hooks.isEmpty()) {
      return;
    }
    CallHook.CallStart start =
        new CallHook.CallStart(
            trace.id,
            call.method(),
            pathTemplate,
            call.path(),
            call.url().host(),
            call.url().port(),
            maxAttempts);
    for (CallHook hook : hooks) {
      hook.callStarted(start);
    }
  }

  /**
   * Runs the hooks at the end of a call, with the exception it ends with (null when it succeeded).
   */
  void callEnded(
      AttemptLoop.Call call, CallTrace trace, String pathTemplate, RuntimeException failure) {
    if (call.tokenRequest() || hooks.isEmpty()) {
      return;
    }
    CallHook.CallEnd end =
        new CallHook.CallEnd(
            trace.id,
            call.method(),
            pathTemplate,
            call.path(),
            call.url().host(),
            call.url().port(),
            trace.status,
            trace.attempts,
            Duration.ofNanos(trace.elapsedNanos()),
            Optional.ofNullable(failure));
    for (CallHook hook : hooks) {
      hook.callEnded(end);
    }
  }

  /** Runs the hooks before an attempt; they may add headers, but not credential headers. */
  void beforeAttempt(
      AttemptLoop.Call call, int attempt, int maxAttempts, Map<String, String> headers) {
    if (call.tokenRequest()) {
      return;
    }
    for (CallHook hook : hooks) {
      hook.beforeAttempt(
          new CallHook.Attempt() {
            @Override
            public String method() {
              return call.method();
            }

            @Override
            public String path() {
              return call.path();
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
                throw new IllegalArgumentException(
                    "a hook cannot set the credential header " + name);
              }
              headers.put(name, value);
            }
          });
    }
  }

  /**
   * After an attempt, once it is known whether another follows: the DEBUG lines, then the hooks.
   */
  void afterAttempt(
      AttemptLoop.Call call,
      Attempt<?> attempt,
      int maxAttempts,
      Outcome outcome,
      RetryDecision decision) {
    if (WireLog.LOG.isDebugEnabled()) {
      debug(call, attempt, maxAttempts, outcome, decision);
    }
    if (call.tokenRequest() || hooks.isEmpty()) {
      return;
    }
    boolean noAnswer = outcome.ending() == Ending.NO_ANSWER;
    CallHook.Outcome seen =
        new CallHook.Outcome(
            call.method(),
            call.path(),
            attempt.number,
            noAnswer ? 0 : outcome.status(),
            Duration.ofNanos(attempt.elapsedNanos),
            noAnswer ? Optional.<Throwable>of(outcome.failure()) : Optional.empty(),
            decision.retry(),
            decision.budgetExhausted());
    for (CallHook hook : hooks) {
      hook.afterAttempt(seen);
    }
  }

  private void debug(
      AttemptLoop.Call call,
      Attempt<?> attempt,
      int maxAttempts,
      Outcome outcome,
      RetryDecision decision) {
    String method = call.method();
    String path = call.path();
    long millis = TimeUnit.NANOSECONDS.toMillis(attempt.elapsedNanos);
    String kind = call.tokenRequest() ? "token request, " : "";
    String id = CallTrace.currentId();
    if (outcome.ending() == Ending.NO_ANSWER) {
      WireLog.LOG.debug(
          "[{}] {} {} -> failed: {} ({} ms, {}attempt {}/{})",
          id,
          method,
          path,
          errors.scrub(outcome.failure().toString()),
          millis,
          kind,
          attempt.number,
          maxAttempts);
    } else {
      WireLog.LOG.debug(
          "[{}] {} {} -> {} ({} ms, {}attempt {}/{})",
          id,
          method,
          path,
          outcome.status(),
          millis,
          kind,
          attempt.number,
          maxAttempts);
    }
    if (decision.budgetExhausted()) {
      WireLog.LOG.debug(
          "[{}] {} {} -> retry budget exhausted after {} attempt(s): not retried",
          id,
          method,
          path,
          attempt.number);
    }
    if (attempt.goneAsAsked) {
      WireLog.LOG.debug(
          "[{}] {} {} -> 404 after an earlier attempt that may have deleted it: done",
          id,
          method,
          path);
    }
    if (decision.retry() && outcome.ending() == Ending.CUT_SHORT) {
      WireLog.LOG.debug(
          "[{}] {} {} answer was cut short ({} bytes: {}), retrying",
          id,
          method,
          path,
          attempt.bytesRead,
          errors.scrub(attempt.detail));
    }
    if (decision.retry() && outcome.ending() == Ending.BROKE_OFF) {
      WireLog.LOG.debug(
          "[{}] {} {} answer broke off ({}), retrying",
          id,
          method,
          path,
          errors.scrub(outcome.failure().toString()));
    }
  }

  /**
   * At TRACE: the request's and the answer's headers and the first 4 KiB of each body, redacted.
   */
  void trace(Request okRequest, RequestAssembly.Body body, Response response) {
    if (!WireLog.traceEnabled()) {
      return;
    }
    String requestBody =
        body.bytes() != null
            ? WireLog.body(body.bytes(), body.contentType())
            : body.body() == null ? "(no body)" : "(streamed body)";
    String responseBody;
    try {
      String type = response.header("Content-Type");
      responseBody =
          type == null || WireLog.isText(type)
              ? WireLog.body(response.peekBody(4096).bytes(), type)
              : "(" + type + ")";
    } catch (IOException e) {
      responseBody = "(unreadable)";
    }
    WireLog.LOG.trace(
        errors.scrub("[{}] {} {}{}\n{}\n<- {}{}\n{}"),
        CallTrace.currentId(),
        okRequest.method(),
        okRequest.url().encodedPath(),
        errors.scrub(WireLog.headers(okRequest.headers().toMultimap())),
        errors.scrub(requestBody),
        response.code(),
        errors.scrub(WireLog.headers(response.headers().toMultimap())),
        errors.scrub(responseBody));
  }
}
