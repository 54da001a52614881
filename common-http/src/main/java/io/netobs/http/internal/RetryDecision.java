package io.netobs.http.internal;

import io.netobs.http.RetryPolicy;
import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Whether an attempt that did not succeed is made again, and after how long: a pure function of the
 * kind of call, the retries used so far, how the attempt ended and the retry policy. No I/O, no
 * clock; the randomness of the jitter comes in as a number.
 *
 * @param retry whether the call is made again
 * @param delay the wait before it is (zero when it is not)
 * @param counted whether the new attempt uses up one of the policy's retries (an attempt made again
 *     with renewed credentials does not)
 * @param budgetExhausted whether the policy would have retried but the client's retry budget could
 *     not pay for it (then {@code retry} is false)
 */
public record RetryDecision(
    boolean retry, Duration delay, boolean counted, boolean budgetExhausted) {
  /** The call ends with this attempt. */
  public static final RetryDecision STOP = new RetryDecision(false, Duration.ZERO, false, false);

  /**
   * The credentials were renewed after a 401: the call is made again at once, outside the policy.
   */
  public static final RetryDecision RENEWED_AUTH =
      new RetryDecision(true, Duration.ZERO, false, false);

  /** The policy would retry, but the retry budget is empty: the call ends with this attempt. */
  public static final RetryDecision BUDGET_EXHAUSTED =
      new RetryDecision(false, Duration.ZERO, false, true);

  /** Whether a call may be sent twice. */
  public enum CallKind {
    /**
     * Safe to send twice (GET, HEAD, PUT, DELETE, calls declared idempotent, the token request).
     */
    IDEMPOTENT,
    /** Not safe to send twice: made again only when the server surely did not act on it. */
    NOT_IDEMPOTENT,
    /** Its body is a stream that can be read only once: never made again. */
    ONE_SHOT;

    /** The kind of a call from whether it is idempotent and whether its body can be sent again. */
    public static CallKind of(boolean idempotent, boolean replayable) {
      return !replayable ? ONE_SHOT : idempotent ? IDEMPOTENT : NOT_IDEMPOTENT;
    }
  }

  /** How an attempt ended. */
  public enum Ending {
    /** An answer the caller gets (success, or an error status that is the caller's to read). */
    ANSWERED,
    /** No answer: the connection failed or timed out before the status came. */
    NO_ANSWER,
    /** An error status (4xx, 5xx). */
    ERROR_STATUS,
    /** A 401 after which the credentials were renewed. */
    AUTH_RENEWED,
    /**
     * A success status whose body ended early or was missing: what a proxy that dropped part of it
     * leaves.
     */
    CUT_SHORT,
    /** A success status whose body broke off while it was read. */
    BROKE_OFF,
    /** A success status whose body could not be decoded (and was not cut short). */
    UNDECODABLE
  }

  /**
   * How one attempt ended, as far as the decision needs to know.
   *
   * @param ending how it ended
   * @param status the HTTP status, or 0 when no answer came
   * @param failure the I/O failure for {@link Ending#NO_ANSWER} and {@link Ending#BROKE_OFF}, else
   *     null
   * @param sent whether any byte of the request was written (then the server may have acted on it)
   * @param retryAfter the wait the answer's {@code Retry-After} asked for, or null
   */
  public record Outcome(
      Ending ending, int status, IOException failure, boolean sent, Duration retryAfter) {
    /** The outcomes of the success statuses, made once: most attempts end with one of them. */
    private static final Outcome[] SUCCESSES = new Outcome[100];

    static {
      for (int i = 0; i < SUCCESSES.length; i++) {
        SUCCESSES[i] = new Outcome(Ending.ANSWERED, 200 + i, null, true, null);
      }
    }

    /** An answer the caller gets, with this status. */
    public static Outcome answered(int status) {
      return status >= 200 && status < 300
          ? SUCCESSES[status - 200]
          : new Outcome(Ending.ANSWERED, status, null, true, null);
    }

    /**
     * Whether the server may have carried out the call although the caller got no answer for it:
     * the request was written before the connection failed, a 5xx (from a gateway, say; 408 and 429
     * say the request was not processed), or a success answer that was lost on the way.
     */
    public boolean serverMayHaveActed() {
      return switch (ending) {
        case NO_ANSWER -> sent;
        case ERROR_STATUS -> status >= 500;
        case CUT_SHORT, BROKE_OFF -> true;
        case ANSWERED, AUTH_RENEWED, UNDECODABLE -> false;
      };
    }
  }

  /**
   * The decision after an attempt.
   *
   * @param kind whether the call may be sent twice
   * @param retriesUsed the retries made so far (0 after the first attempt)
   * @param outcome how the attempt ended
   * @param policy the client's retry policy
   * @param random a uniform random number in [0, 1), for the jitter of the backoff
   */
  public static RetryDecision decide(
      CallKind kind, int retriesUsed, Outcome outcome, RetryPolicy policy, double random) {
    if (outcome.ending() == Ending.AUTH_RENEWED) {
      return kind == CallKind.ONE_SHOT ? STOP : RENEWED_AUTH;
    }
    if (retriesUsed >= policy.maxRetries() || kind == CallKind.ONE_SHOT) {
      return STOP;
    }
    boolean idempotent = kind == CallKind.IDEMPOTENT;
    boolean retry =
        switch (outcome.ending()) {
          // Made again when it surely did not reach the server, or could do no harm if it did;
          // never
          // after a failure that will not fix itself in a second.
          case NO_ANSWER -> (idempotent || !outcome.sent()) && isTransient(outcome.failure());
          // 429 says the request was refused unprocessed (RFC 6585), so even a create may be sent
          // again.
          // A Retry-After longer than the policy accepts ends the call instead of hanging it.
          case ERROR_STATUS ->
              policy.retriesStatus(outcome.status())
                  && (idempotent || outcome.status() == 429)
                  && (outcome.retryAfter() == null
                      || outcome.retryAfter().compareTo(policy.maxRetryAfter()) <= 0);
          // The answer was lost on the way: the server acted on the call, so only an idempotent one
          // is repeated.
          case CUT_SHORT -> idempotent;
          case BROKE_OFF -> idempotent && isTransient(outcome.failure());
          case ANSWERED, UNDECODABLE, AUTH_RENEWED -> false;
        };
    if (!retry) {
      return STOP;
    }
    Duration delay =
        outcome.ending() == Ending.ERROR_STATUS && outcome.retryAfter() != null
            ? outcome.retryAfter()
            : policy.backoff(retriesUsed + 1, random);
    return new RetryDecision(true, delay, true, false);
  }

  /**
   * The decision once the client's retry budget has had its say: a retry the policy counts is paid
   * for with tokens ({@link RetryTokens#costOf}), and one the bucket cannot pay for becomes {@link
   * #BUDGET_EXHAUSTED}. The budget only removes retries; a renewal of credentials is free.
   *
   * @param decision the policy's decision, from {@link #decide}
   * @param outcome how the attempt ended
   * @param tokens the client's tokens, or null when its budget is unlimited
   * @return the decision to follow; when it is a counted retry, its cost has been taken
   */
  public static RetryDecision withinBudget(
      RetryDecision decision, Outcome outcome, RetryTokens tokens) {
    if (tokens == null || !decision.retry() || !decision.counted()) {
      return decision;
    }
    return tokens.take(tokens.costOf(outcome)) ? decision : BUDGET_EXHAUSTED;
  }

  /**
   * Whether an I/O failure may be gone on the next attempt: not a TLS refusal or an unknown host.
   */
  static boolean isTransient(IOException e) {
    return !(e instanceof SSLPeerUnverifiedException)
        && !(e instanceof SSLHandshakeException)
        && !(e instanceof UnknownHostException)
        && !(e instanceof WrittenToCaller.NotRestartable);
  }
}
