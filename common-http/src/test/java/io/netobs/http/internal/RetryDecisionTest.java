package io.netobs.http.internal;

import static io.netobs.http.internal.RetryDecision.CallKind.IDEMPOTENT;
import static io.netobs.http.internal.RetryDecision.CallKind.NOT_IDEMPOTENT;
import static io.netobs.http.internal.RetryDecision.CallKind.ONE_SHOT;
import static io.netobs.http.internal.RetryDecision.Ending.ANSWERED;
import static io.netobs.http.internal.RetryDecision.Ending.AUTH_RENEWED;
import static io.netobs.http.internal.RetryDecision.Ending.BROKE_OFF;
import static io.netobs.http.internal.RetryDecision.Ending.CUT_SHORT;
import static io.netobs.http.internal.RetryDecision.Ending.ERROR_STATUS;
import static io.netobs.http.internal.RetryDecision.Ending.NO_ANSWER;
import static io.netobs.http.internal.RetryDecision.Ending.UNDECODABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.RetryPolicy;
import io.netobs.http.internal.RetryDecision.CallKind;
import io.netobs.http.internal.RetryDecision.Ending;
import io.netobs.http.internal.RetryDecision.Outcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The retry decision as a table: no server, no clock, no sleeping. */
class RetryDecisionTest {
  /** Two retries, 500 ms then 1 s, no jitter, Retry-After honoured up to 60 s. */
  private static final RetryPolicy POLICY = RetryPolicy.builder().jitter(0).build();

  private static final IOException REFUSED = new ConnectException("Connection refused");
  private static final IOException TIMEOUT = new SocketTimeoutException("timeout");
  private static final Duration STOP = null;

  private static Outcome outcome(
      Ending ending, int status, IOException failure, boolean sent, Duration retryAfter) {
    return new Outcome(ending, status, failure, sent, retryAfter);
  }

  private static Arguments row(
      String why, CallKind kind, int retriesUsed, Outcome outcome, Duration expected) {
    return Arguments.of(why, kind, retriesUsed, outcome, expected);
  }

  static Stream<Arguments> table() {
    Duration first = Duration.ofMillis(500);
    Duration second = Duration.ofSeconds(1);
    return Stream.of(
        row(
            "a success ends the call",
            IDEMPOTENT,
            0,
            outcome(ANSWERED, 200, null, true, null),
            STOP),
        row(
            "an undecodable body is final",
            IDEMPOTENT,
            0,
            outcome(UNDECODABLE, 200, null, true, null),
            STOP),
        // no answer
        row(
            "connection refused before a byte: even a create is sent again",
            NOT_IDEMPOTENT,
            0,
            outcome(NO_ANSWER, 0, REFUSED, false, null),
            first),
        row(
            "a create that may have arrived is not sent again",
            NOT_IDEMPOTENT,
            0,
            outcome(NO_ANSWER, 0, TIMEOUT, true, null),
            STOP),
        row(
            "a GET that timed out is sent again",
            IDEMPOTENT,
            0,
            outcome(NO_ANSWER, 0, TIMEOUT, true, null),
            first),
        row(
            "the second retry waits twice as long",
            IDEMPOTENT,
            1,
            outcome(NO_ANSWER, 0, TIMEOUT, true, null),
            second),
        row("no retries left", IDEMPOTENT, 2, outcome(NO_ANSWER, 0, TIMEOUT, true, null), STOP),
        row(
            "an unknown host does not fix itself",
            IDEMPOTENT,
            0,
            outcome(NO_ANSWER, 0, new UnknownHostException("x"), false, null),
            STOP),
        row(
            "a refused certificate does not fix itself",
            IDEMPOTENT,
            0,
            outcome(NO_ANSWER, 0, new SSLHandshakeException("PKIX"), false, null),
            STOP),
        row(
            "a certificate that does not match does not fix itself",
            IDEMPOTENT,
            0,
            outcome(NO_ANSWER, 0, new SSLPeerUnverifiedException("pin"), false, null),
            STOP),
        row(
            "a streamed body cannot be sent twice",
            ONE_SHOT,
            0,
            outcome(NO_ANSWER, 0, REFUSED, false, null),
            STOP),
        // error statuses
        row("503 on a GET", IDEMPOTENT, 0, outcome(ERROR_STATUS, 503, null, true, null), first),
        row(
            "503 on a create: the server may have acted",
            NOT_IDEMPOTENT,
            0,
            outcome(ERROR_STATUS, 503, null, true, null),
            STOP),
        row(
            "429 on a create: refused unprocessed",
            NOT_IDEMPOTENT,
            0,
            outcome(ERROR_STATUS, 429, null, true, null),
            first),
        row(
            "Retry-After replaces the backoff",
            IDEMPOTENT,
            0,
            outcome(ERROR_STATUS, 429, null, true, Duration.ofSeconds(7)),
            Duration.ofSeconds(7)),
        row(
            "Retry-After at the cap is honoured",
            IDEMPOTENT,
            0,
            outcome(ERROR_STATUS, 503, null, true, Duration.ofSeconds(60)),
            Duration.ofSeconds(60)),
        row(
            "Retry-After beyond the cap ends the call",
            IDEMPOTENT,
            0,
            outcome(ERROR_STATUS, 429, null, true, Duration.ofSeconds(61)),
            STOP),
        row(
            "404 is not a status worth another attempt",
            IDEMPOTENT,
            0,
            outcome(ERROR_STATUS, 404, null, true, null),
            STOP),
        row(
            "501 is not in the default statuses",
            IDEMPOTENT,
            0,
            outcome(ERROR_STATUS, 501, null, true, null),
            STOP),
        row("408 on a GET", IDEMPOTENT, 1, outcome(ERROR_STATUS, 408, null, true, null), second),
        row(
            "no retries left for a 503",
            IDEMPOTENT,
            2,
            outcome(ERROR_STATUS, 503, null, true, null),
            STOP),
        row(
            "a streamed upload answered 503",
            ONE_SHOT,
            0,
            outcome(ERROR_STATUS, 503, null, true, null),
            STOP),
        // answers lost on the way
        row(
            "a GET whose JSON was cut short",
            IDEMPOTENT,
            0,
            outcome(CUT_SHORT, 200, null, true, null),
            first),
        row(
            "a create whose answer was cut short: it was carried out",
            NOT_IDEMPOTENT,
            0,
            outcome(CUT_SHORT, 201, null, true, null),
            STOP),
        row(
            "a GET whose answer broke off",
            IDEMPOTENT,
            1,
            outcome(BROKE_OFF, 200, TIMEOUT, true, null),
            second),
        row(
            "a create whose answer broke off",
            NOT_IDEMPOTENT,
            0,
            outcome(BROKE_OFF, 201, TIMEOUT, true, null),
            STOP),
        row(
            "bytes already given to the caller",
            IDEMPOTENT,
            0,
            outcome(
                BROKE_OFF, 200, new WrittenToCaller.NotRestartable("written", TIMEOUT), true, null),
            STOP),
        // renewed credentials
        row(
            "renewed credentials: at once, outside the policy",
            NOT_IDEMPOTENT,
            2,
            outcome(AUTH_RENEWED, 401, null, true, null),
            Duration.ZERO),
        row(
            "renewed credentials cannot resend a stream",
            ONE_SHOT,
            0,
            outcome(AUTH_RENEWED, 401, null, true, null),
            STOP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decides(String why, CallKind kind, int retriesUsed, Outcome outcome, Duration expected) {
    RetryDecision decision = RetryDecision.decide(kind, retriesUsed, outcome, POLICY, 0.0);
    if (expected == STOP) {
      assertThat(decision).isEqualTo(RetryDecision.STOP);
    } else {
      assertThat(decision.retry()).isTrue();
      assertThat(decision.delay()).isEqualTo(expected);
      assertThat(decision.counted()).isEqualTo(outcome.ending() != AUTH_RENEWED);
    }
  }

  static Stream<Arguments> jitterAndPolicy() {
    return Stream.of(
        Arguments.of(RetryPolicy.builder().jitter(0.5).build(), 0.5, 0, Duration.ofMillis(375)),
        Arguments.of(RetryPolicy.builder().jitter(1.0).build(), 0.999, 0, Duration.ofMillis(1)),
        Arguments.of(
            RetryPolicy.builder().jitter(0).maxBackoff(Duration.ofMillis(700)).build(),
            0.0,
            1,
            Duration.ofMillis(700)),
        Arguments.of(RetryPolicy.none(), 0.0, 0, STOP));
  }

  @ParameterizedTest
  @MethodSource("jitterAndPolicy")
  void theBackoffComesFromThePolicyAndTheRandomNumber(
      RetryPolicy policy, double random, int retriesUsed, Duration expected) {
    RetryDecision decision =
        RetryDecision.decide(
            IDEMPOTENT, retriesUsed, outcome(ERROR_STATUS, 503, null, true, null), policy, random);
    assertThat(decision.retry() ? decision.delay() : STOP).isEqualTo(expected);
  }

  static Stream<Arguments> acted() {
    return Stream.of(
        Arguments.of(outcome(NO_ANSWER, 0, REFUSED, false, null), false),
        Arguments.of(outcome(NO_ANSWER, 0, TIMEOUT, true, null), true),
        Arguments.of(outcome(ERROR_STATUS, 429, null, true, null), false),
        Arguments.of(outcome(ERROR_STATUS, 408, null, true, null), false),
        Arguments.of(outcome(ERROR_STATUS, 502, null, true, null), true),
        Arguments.of(outcome(CUT_SHORT, 200, null, true, null), true),
        Arguments.of(outcome(BROKE_OFF, 200, TIMEOUT, true, null), true),
        Arguments.of(outcome(ANSWERED, 200, null, true, null), false),
        Arguments.of(outcome(AUTH_RENEWED, 401, null, true, null), false));
  }

  @ParameterizedTest
  @MethodSource("acted")
  void whetherTheServerMayHaveActedWithoutTheCallerKnowing(Outcome outcome, boolean expected) {
    assertThat(outcome.serverMayHaveActed()).isEqualTo(expected);
  }
}
