package io.netobs.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.RetryPolicy;
import io.netobs.http.SharedLimiter;
import io.netobs.http.TransportException;
import io.netobs.http.internal.RetryDecision.CallKind;
import io.netobs.http.internal.RetryDecision.Ending;
import io.netobs.http.internal.RetryDecision.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends one call, attempt after attempt, until it has an answer for the caller or the {@link
 * RetryDecision} says stop. Each attempt is prepared (headers, auth, hooks), waits for the rate
 * limit, is exchanged with the server and read, and ends in one place that logs it, runs the hooks,
 * waits before the next attempt and releases the rate limit. Immutable and thread-safe.
 */
final class AttemptLoop {
  /**
   * One call as the loop sends it.
   *
   * @param headers the call's own headers (added after the SDK's and the client's)
   * @param tokenRequest the OAuth2 token request: sent without the client's auth, headers, hooks
   *     and rate limit, never traced, and its error answers go to the reader as answers
   */
  record Call(
      String method,
      HttpUrl url,
      String path,
      RequestAssembly.Body body,
      CallKind kind,
      Map<String, String> headers,
      boolean tokenRequest) {}

  /**
   * Thrown by a reader that finds a success answer cut short, with what the call returns if it is
   * not made again (the token request hands its incomplete answer to the auth, which reports it
   * without quoting a byte of it).
   */
  static final class CutShort extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Object answer;

    CutShort(Object answer) {
      super("the answer was cut short");
      this.answer = answer;
    }
  }

  private final OkHttpClient http;
  private final Auth auth;
  private final CoreOptions options;
  private final LimitGate limiter;
  private final RetryTokens tokens;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final RequestAssembly assembly;
  private final ErrorMapping errors;
  private final AttemptLog log;
  private final CoreAuthContext authContext;

  /** Timeouts of per-call options, or null for the client's. */
  private final CallTimeouts timeouts;

  AttemptLoop(
      OkHttpClient http,
      Auth auth,
      CoreOptions options,
      LimitGate limiter,
      RetryTokens tokens,
      Sleeper sleeper,
      DoubleSupplier random,
      RequestAssembly assembly,
      ErrorMapping errors,
      String baseUrl,
      CallTimeouts timeouts) {
    this.timeouts = timeouts;
    this.http = http;
    this.auth = auth;
    this.options = options;
    this.limiter = limiter;
    this.tokens = tokens;
    this.sleeper = sleeper;
    this.random = random;
    this.assembly = assembly;
    this.errors = errors;
    this.log = new AttemptLog(options.hooks(), errors);
    this.authContext = new CoreAuthContext(this, baseUrl, options.clock());
  }

  /**
   * Sends the call, making it again as the retry decision allows, and hands the answer to {@code
   * reader}.
   */
  <T> T run(Call call, HttpCore.ResponseReader<T> reader) {
    return run(call, call.path(), reader);
  }

  /**
   * As {@link #run(Call, HttpCore.ResponseReader)}, for a call whose path template is known: the
   * call gets an id (in its log lines, the MDC and its exception), the hooks see it start and end,
   * and an exception it ends with says how many attempts were made and carries the earlier
   * attempts' failures as suppressed exceptions.
   *
   * @param pathTemplate the full path with {@code {}} for its parameters, for the hooks (null when
   *     the client has none)
   */
  <T> T run(Call call, String pathTemplate, HttpCore.ResponseReader<T> reader) {
    CallTrace trace = CallTrace.open();
    try {
      int maxAttempts = options.retryPolicy().maxRetries() + 1;
      log.callStarted(call, trace, pathTemplate, maxAttempts);
      T value;
      try {
        value = attempts(call, reader, trace);
      } catch (RuntimeException e) {
        trace.fail(e);
        try {
          log.callEnded(call, trace, pathTemplate, e);
        } catch (RuntimeException hookFailure) {
          e.addSuppressed(hookFailure);
        }
        throw e;
      }
      log.callEnded(call, trace, pathTemplate, null);
      return value;
    } finally {
      trace.close();
    }
  }

  private <T> T attempts(Call call, HttpCore.ResponseReader<T> reader, CallTrace trace) {
    RetryPolicy policy = options.retryPolicy();
    int maxAttempts = policy.maxRetries() + 1;
    int retriesUsed = 0;
    boolean renewedAuth = false;
    // Whether an earlier attempt may have been carried out although its answer was lost or
    // ambiguous.
    boolean mayHaveBeenApplied = false;
    // The retry budget covers the service's own calls; the token request goes elsewhere.
    RetryTokens budget = call.tokenRequest() ? null : tokens;
    int spentByRetries = 0;
    for (int number = 1; ; number++) {
      Attempt<T> attempt = new Attempt<>(number);
      Map<String, String> headers = assembly.headers(call.headers(), !call.tokenRequest());
      CoreAuthRequest authRequest =
          call.tokenRequest()
              ? null
              : new CoreAuthRequest(call.method(), call.url(), headers, authContext);
      if (authRequest != null) {
        auth.apply(authRequest);
      }
      log.beforeAttempt(call, number, maxAttempts, headers);
      Request request =
          RequestAssembly.okRequest(call.url(), call.method(), call.body(), headers, attempt);
      SharedLimiter.Permit permit = acquire(call);
      // Counted once the attempt is on its way: a call whose credentials could not be had sent
      // none.
      trace.attempts = number;
      try {
        Outcome outcome =
            exchange(
                call,
                request,
                attempt,
                reader,
                renewedAuth ? null : authRequest,
                mayHaveBeenApplied);
        RetryDecision decision =
            RetryDecision.withinBudget(
                RetryDecision.decide(
                    call.kind(), retriesUsed, outcome, policy, random.getAsDouble()),
                outcome,
                budget);
        if (budget != null && decision.retry() && decision.counted()) {
          spentByRetries += budget.costOf(outcome);
        }
        trace.status = outcome.ending() == Ending.NO_ANSWER ? 0 : outcome.status();
        log.afterAttempt(call, attempt, maxAttempts, outcome, decision);
        if (!decision.retry()) {
          if (decision.budgetExhausted()) {
            trace.budgetRefusedAfter = number;
          }
          T value = finish(call, attempt, outcome, reader);
          if (budget != null && outcome.ending() == Ending.ANSWERED) {
            budget.succeeded(spentByRetries);
          }
          return value;
        }
        trace.earlier(failureOf(call, attempt, outcome));
        attempt.close();
        retriesUsed += decision.counted() ? 1 : 0;
        renewedAuth |= outcome.ending() == Ending.AUTH_RENEWED;
        mayHaveBeenApplied |= outcome.serverMayHaveActed();
        pause(decision.delay(), call, outcome.sent());
      } finally {
        attempt.close();
        if (permit != null) {
          permit.release();
        }
      }
    }
  }

  /**
   * Sends one attempt and reads its answer: how it ended, for the retry decision. A success answer
   * is read here, while the connection is open; an error answer is left open for {@link #finish}.
   *
   * @param renewable the auth request to renew after a 401, or null when the credentials may not be
   *     renewed (already renewed once, or the token request)
   */
  private <T> Outcome exchange(
      Call call,
      Request request,
      Attempt<T> attempt,
      HttpCore.ResponseReader<T> reader,
      CoreAuthRequest renewable,
      boolean mayHaveBeenApplied) {
    long started = System.nanoTime();
    Response response;
    try {
      response =
          (timeouts == null ? http.newCall(request) : timeouts.newCall(http, request)).execute();
    } catch (IOException e) {
      attempt.elapsedNanos = System.nanoTime() - started;
      return new Outcome(Ending.NO_ANSWER, 0, e, attempt.sent, null);
    }
    attempt.elapsedNanos = System.nanoTime() - started;
    attempt.response = response;
    int status = response.code();
    if (!call.tokenRequest()) {
      log.trace(request, call.body(), response);
    }
    if (status == 401
        && renewable != null
        && call.kind() != CallKind.ONE_SHOT
        && auth.renewAfterUnauthorized(renewable)) {
      return new Outcome(Ending.AUTH_RENEWED, status, null, true, null);
    }
    if (status == 404 && mayHaveBeenApplied && call.method().equals("DELETE")) {
      // An earlier attempt may have deleted it and lost its answer: gone is what the caller asked
      // for.
      attempt.goneAsAsked = true;
      return read(call, attempt, reader, status, InputStream.nullInputStream());
    }
    if (status >= 400) {
      Duration retryAfter =
          RetryAfter.parse(response.header("Retry-After"), options.clock().instant());
      return new Outcome(Ending.ERROR_STATUS, status, null, true, retryAfter);
    }
    return read(call, attempt, reader, status, response.body().byteStream());
  }

  /**
   * Hands a success answer to the reader, and tells a body cut short or broken off from one that
   * cannot be decoded.
   */
  private <T> Outcome read(
      Call call,
      Attempt<T> attempt,
      HttpCore.ResponseReader<T> reader,
      int status,
      InputStream body) {
    String method = call.method();
    String path = call.path();
    ExcerptingStream stream = new ExcerptingStream(body);
    try {
      attempt.value =
          reader.read(
              new ApiResponse(
                  method, path, status, new ResponseHeaders(attempt.response.headers()), stream));
      return Outcome.answered(status);
    } catch (RuntimeException e) {
      attempt.error = e;
      return Outcome.answered(status);
    } catch (WrittenToCaller.NotRestartable e) {
      attempt.error = new TransportException(method, path, true, e.getMessage(), e.getCause());
      return new Outcome(Ending.BROKE_OFF, status, e, true, null);
    } catch (CutShort e) {
      @SuppressWarnings("unchecked")
      T answer = (T) e.answer;
      attempt.value = answer;
      attempt.detail = e.getMessage();
      attempt.bytesRead = stream.bytesRead();
      return new Outcome(Ending.CUT_SHORT, status, null, true, null);
    } catch (IOException thrown) {
      if (attempt.goneAsAsked) {
        attempt.error = errors.transport(method, path, true, thrown);
        return Outcome.answered(status);
      }
      IOException failure = stream.failure();
      if (failure != null) {
        // The answer's own stream failed (Jackson may report it wrapped in a mapping error): it
        // broke off.
        return new Outcome(Ending.BROKE_OFF, status, failure, true, null);
      }
      // Anything else the reader threw is about the body itself: it cannot be decoded (Jackson's
      // errors,
      // and the CharConversionException of bytes in no encoding it knows). A body cut short (JSON
      // that
      // ends early, or no body at all) is what a proxy that dropped part of the answer leaves.
      String detail =
          thrown instanceof JsonProcessingException json
              ? json.getOriginalMessage()
              : thrown.toString();
      boolean cutShort =
          (thrown instanceof JsonProcessingException json && endedEarly(json))
              || stream.bytesRead() == 0;
      attempt.error =
          new DecodingException(
              method, path, status, errors.scrub(detail), errors.scrub(stream.excerpt()), thrown);
      attempt.detail = detail;
      attempt.bytesRead = stream.bytesRead();
      return new Outcome(
          cutShort ? Ending.CUT_SHORT : Ending.UNDECODABLE, status, null, true, null);
    } finally {
      stream.release();
    }
  }

  /**
   * The end of the call with its last attempt: the answer, or the exception of how the attempt
   * ended.
   */
  private <T> T finish(
      Call call, Attempt<T> attempt, Outcome outcome, HttpCore.ResponseReader<T> reader) {
    String method = call.method();
    String path = call.path();
    if (attempt.error != null) {
      throw attempt.error;
    }
    switch (outcome.ending()) {
      case NO_ANSWER:
        throw errors.transport(method, path, outcome.sent(), outcome.failure());
      case BROKE_OFF:
        throw errors.transport(method, path, true, outcome.failure());
      case ERROR_STATUS:
      case AUTH_RENEWED:
        if (!call.tokenRequest()) {
          throw errors.fromAnswer(method, path, attempt.response, outcome.retryAfter());
        }
        try {
          return reader.read(
              new ApiResponse(
                  method,
                  path,
                  outcome.status(),
                  new ResponseHeaders(attempt.response.headers()),
                  attempt.response.body().byteStream()));
        } catch (IOException e) {
          throw errors.transport(method, path, true, e);
        }
      default:
        return attempt.value;
    }
  }

  /**
   * What an attempt that is about to be retried met, as the exception the call would have ended
   * with had it been the last; read while its answer is still open.
   */
  private RuntimeException failureOf(Call call, Attempt<?> attempt, Outcome outcome) {
    String method = call.method();
    String path = call.path();
    if (attempt.error != null) {
      return attempt.error;
    }
    return switch (outcome.ending()) {
      case NO_ANSWER -> errors.transport(method, path, outcome.sent(), outcome.failure());
      case BROKE_OFF -> errors.transport(method, path, true, outcome.failure());
      case ERROR_STATUS, AUTH_RENEWED ->
          attempt.response == null
              ? null
              : errors.fromAnswer(method, path, attempt.response, outcome.retryAfter());
      case CUT_SHORT ->
          new TransportException(
              method,
              path,
              true,
              outcome.status() + " answer was cut short after " + attempt.bytesRead + " bytes",
              null);
      default -> null;
    };
  }

  /**
   * Whether the JSON ended before the value did. Jackson says so with a {@link JsonEOFException},
   * wrapped in a mapping error inside a record, or (reading a tree) with a parse error "Unexpected
   * end-of-input".
   */
  static boolean endedEarly(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonEOFException
          || (t instanceof JsonProcessingException json
              && String.valueOf(json.getOriginalMessage()).startsWith("Unexpected end-of-input"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Waits for the rate limit, and returns the permit to release after the attempt (and the wait
   * before the next one, so that a call told to wait by a 429 holds back the calls behind it), or
   * null when there is no limit.
   */
  private SharedLimiter.Permit acquire(Call call) {
    if (limiter == null || call.tokenRequest()) {
      return null;
    }
    try {
      return limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          call.method(), call.path(), false, "interrupted while waiting for the rate limit", e);
    } catch (RuntimeException e) {
      // A shared limiter that cannot be reached: nothing was sent.
      throw new TransportException(
          call.method(),
          call.path(),
          false,
          "the shared rate limiter failed: " + e.getClass().getSimpleName(),
          e);
    }
  }

  private void pause(Duration wait, Call call, boolean sent) {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          call.method(), call.path(), sent, "interrupted while waiting to retry", e);
    }
  }
}
