package io.netobs.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.ApiException;
import io.netobs.http.RetryPolicy;
import io.netobs.testing.Faults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the clients' fault matrices share: the two modes, the cells (mode x call kind x {@link
 * FaultColumn}), the retry policy of the clients under test, arming a fault, the checks every cell
 * makes, and the report.
 */
public final class FaultMatrix {
  /** Transient: only the first attempt meets the fault; persistent: every attempt does. */
  public enum Mode {
    TRANSIENT,
    PERSISTENT
  }

  private FaultMatrix() {}

  /**
   * Two retries, backoff of 1 to 5 ms without jitter, and a {@code Retry-After} of up to 5 s
   * honoured: every cell finishes quickly, and the wait a 429 asks for is seen.
   */
  public static RetryPolicy retries() {
    return RetryPolicy.builder()
        .maxRetries(2)
        .initialBackoff(Duration.ofMillis(1))
        .maxBackoff(Duration.ofMillis(5))
        .jitter(0)
        .maxRetryAfter(Duration.ofSeconds(5))
        .build();
  }

  /** Every cell: each mode, each of {@code calls}, each fault column. */
  public static Stream<Arguments> cells(Enum<?>... calls) {
    List<Arguments> cells = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      for (Enum<?> call : calls) {
        for (FaultColumn fault : FaultColumn.values()) {
          cells.add(Arguments.of(mode, call, fault));
        }
      }
    }
    return cells.stream();
  }

  /**
   * Makes the fake answer the next request to {@code method path} (transient) or every one
   * (persistent) with the fault.
   */
  public static void arm(Faults faults, String method, String path, Mode mode, FaultColumn fault) {
    Faults.When when = faults.on(method, path);
    if (mode == Mode.PERSISTENT) {
      when.always();
    }
    when.respond(fault.fault);
  }

  /**
   * The checks of every cell whatever the call: an API exception carries the fault's status, and a
   * transient 429 with {@code Retry-After} was waited for.
   */
  public static void checkStatusAndRetryAfter(
      Mode mode, FaultColumn fault, Throwable error, Duration elapsed) {
    if (error instanceof ApiException api && fault.status() != 0) {
      assertThat(api.status()).isEqualTo(fault.status());
    }
    if (mode == Mode.TRANSIENT && fault == FaultColumn.TOO_MANY_REQUESTS_RETRY_AFTER) {
      assertThat(elapsed).as("Retry-After honoured").isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }
  }

  /**
   * Checks that no secret leaked, prints one summary line, and writes the summary, {@code header}
   * and {@code rows} to {@code target/reliability/<service>-fault-matrix.txt}.
   */
  public static void report(
      String service, int callKinds, SecretScan scan, String header, List<String> rows)
      throws IOException {
    assertThat(scan.leaks())
        .as("secrets in exception messages, toString() or TRACE logs")
        .isEmpty();
    String summary =
        service
            + " fault matrix: "
            + rows.size()
            + " cells ("
            + callKinds
            + " call kinds x "
            + FaultColumn.values().length
            + " faults x "
            + Mode.values().length
            + " modes), "
            + scan.textsChecked()
            + " texts and log lines checked for secrets";
    System.out.println(summary);
    Path out =
        Path.of("target", "reliability", service.toLowerCase(Locale.ROOT) + "-fault-matrix.txt");
    Files.createDirectories(out.getParent());
    List<String> lines = new ArrayList<>();
    lines.add(summary);
    lines.add(header);
    lines.addAll(rows);
    Files.write(out, lines);
  }
}
