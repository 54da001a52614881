package io.netobs.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.netobs.http.CallHook;
import java.util.Objects;

/**
 * A {@link CallHook} that records the calls of a netobs-java client in a Micrometer {@link
 * MeterRegistry}:
 *
 * <pre>{@code
 * KentikClient client = KentikClient.builder()
 *     .email(email).apiToken(token)
 *     .hook(MicrometerCallHook.create(meterRegistry))
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>{@value #CALLS}, a timer per operation and outcome: the time of each call from its start to
 *       its end, retries and the waits between them included. Tags: {@code method}, {@code uri}
 *       (the path template, e.g. {@code /api/v1/devices/{}}, so that one operation is one series
 *       whatever its ids), {@code host}, {@code status} (the last answer's status, {@code NONE}
 *       when none came), {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code
 *       SERVER_ERROR}, {@code REDIRECTION}, {@code UNKNOWN} for a failure without an answer) and
 *       {@code exception} (the simple class name of the exception the call failed with, or {@code
 *       none}).
 *   <li>{@value #RETRIES}, a counter of the attempts made after the first, tagged {@code method},
 *       {@code uri} and {@code host}.
 *   <li>{@value #BUDGET_EXHAUSTED}, a counter of the retries the client's retry budget refused,
 *       tagged {@code method} and {@code host}.
 * </ul>
 *
 * <p>No tag holds a credential, a query string or an id from the path. Thread-safe: one hook serves
 * every call of the clients it is added to.
 */
public final class MicrometerCallHook implements CallHook {
  /** The name of the timer of calls. */
  public static final String CALLS = "netobs.client.calls";

  /** The name of the counter of retries. */
  public static final String RETRIES = "netobs.client.retries";

  /** The name of the counter of retries the retry budget refused. */
  public static final String BUDGET_EXHAUSTED = "netobs.client.retry.budget.exhausted";

  private final MeterRegistry registry;

  private MicrometerCallHook(MeterRegistry registry) {
    this.registry = registry;
  }

  /** A hook that records into {@code registry}. */
  public static MicrometerCallHook create(MeterRegistry registry) {
    return new MicrometerCallHook(Objects.requireNonNull(registry, "registry must not be null"));
  }

  /** Records the call's time under its operation and outcome, and counts its retries. */
  @Override
  public void callEnded(CallEnd call) {
    Tags operation =
        Tags.of("method", call.method(), "uri", call.pathTemplate(), "host", call.host());
    Timer.builder(CALLS)
        .description("Calls of a netobs-java client, retries included")
        .tags(operation)
        .tag("status", call.status() > 0 ? Integer.toString(call.status()) : "NONE")
        .tag("outcome", outcome(call))
        .tag("exception", call.failure().map(e -> e.getClass().getSimpleName()).orElse("none"))
        .register(registry)
        .record(call.duration());
    if (call.retries() > 0) {
      Counter.builder(RETRIES)
          .description("Attempts of netobs-java calls after their first")
          .tags(operation)
          .register(registry)
          .increment(call.retries());
    }
  }

  /** Counts a retry the client's retry budget refused. */
  @Override
  public void afterAttempt(Outcome outcome) {
    if (outcome.retryBudgetExhausted()) {
      Counter.builder(BUDGET_EXHAUSTED)
          .description("Retries of netobs-java calls that the client's retry budget refused")
          .tags("method", outcome.method())
          .register(registry)
          .increment();
    }
  }

  private static String outcome(CallEnd call) {
    if (call.succeeded()) {
      return "SUCCESS";
    }
    int status = call.status();
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    if (status >= 400) {
      return "CLIENT_ERROR";
    }
    if (status >= 300) {
      return "REDIRECTION";
    }
    return "UNKNOWN";
  }

  @Override
  public String toString() {
    return "MicrometerCallHook[" + registry.getClass().getSimpleName() + "]";
  }
}
