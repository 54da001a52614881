package io.netobs.http.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.DecodingException;
import io.netobs.http.internal.ErrorBodies;
import io.netobs.http.internal.Json;
import io.netobs.http.internal.Locations;
import io.netobs.http.internal.RetryAfter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzz tests of what the core parses from a server: the {@code Location} header of a create, the
 * {@code Retry-After} header, error bodies of every shape, and the lenient date-times of JSON
 * answers. Only the declared exceptions may come out ({@link DecodingException} for a Location
 * without an id, Jackson's {@link JsonProcessingException}, which the core turns into a {@link
 * DecodingException}, for JSON); never a NullPointerException, an index out of bounds or a
 * NumberFormatException.
 *
 * <p>In the build, each method runs on its seed corpus ({@code
 * ReliabilityFuzzTestInputs/<method>}), and {@link #allTargets} is fuzzed for a few seconds in a
 * separate test run ({@code JAZZER_FUZZ=1}). By hand, for longer: see the README's "Reliability"
 * section.
 */
class ReliabilityFuzzTest {
  private static final AtomicLong EXECUTIONS = new AtomicLong();
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @AfterAll
  static void report() {
    System.out.println("Fuzzing (common-http): " + EXECUTIONS.get() + " executions");
  }

  /** Every target at once: the first byte chooses, the rest is the input. What the build fuzzes. */
  @FuzzTest(maxDuration = "10s")
  void allTargets(byte[] data) throws IOException {
    if (data.length == 0) {
      return;
    }
    byte[] rest = Arrays.copyOfRange(data, 1, data.length);
    switch (Math.floorMod(data[0], 4)) {
      case 0 -> location(rest);
      case 1 -> retryAfter(rest);
      case 2 -> errorBody(rest);
      default -> jsonTimes(rest);
    }
  }

  /** The id of a created object, from a Location header: the id, or a DecodingException. */
  @FuzzTest(maxDuration = "30m")
  void location(byte[] data) {
    EXECUTIONS.incrementAndGet();
    String header = text(data);
    try {
      String last = Locations.lastSegment(header, "POST", "/api/v1/tags", 201);
      assertThat(last).isNotEmpty().doesNotContain("/");
    } catch (DecodingException expected) {
      assertThat(expected.getMessage())
          .startsWith("POST /api/v1/tags: 201 answer could not be decoded");
    }
    try {
      Locations.id(header, "POST", "/api/v1/tags", 201);
    } catch (DecodingException expected) {
      assertThat(expected.getMessage()).contains("Location");
    }
  }

  /**
   * Retry-After: a wait that is never negative, or null (the client's own backoff). Never an
   * exception.
   */
  @FuzzTest(maxDuration = "30m")
  void retryAfter(byte[] data) {
    EXECUTIONS.incrementAndGet();
    Duration wait = RetryAfter.parse(text(data), NOW);
    if (wait != null) {
      assertThat(wait).isGreaterThanOrEqualTo(Duration.ZERO);
    }
  }

  /**
   * An error body of any shape (JSON, HTML, text, garbage): a short message. Never an exception.
   */
  @FuzzTest(maxDuration = "30m")
  void errorBody(byte[] data) throws IOException {
    EXECUTIONS.incrementAndGet();
    String body = text(data);
    String message = ErrorBodies.message(body);
    assertThat(message).isNotNull().hasSizeLessThanOrEqualTo(203);
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(body);
    } catch (JsonProcessingException notJson) {
      return;
    }
    assertThat(ErrorBodies.messageOf(tree, body)).isNotNull().hasSizeLessThanOrEqualTo(203);
  }

  /**
   * The lenient date-times of both APIs (ISO-8601 in many forms, epoch milliseconds): an Instant,
   * or an IOException from Jackson (a JsonProcessingException; a CharConversionException for bytes
   * in no encoding it knows), which the core reports as a DecodingException (see RetryTest).
   */
  @FuzzTest(maxDuration = "30m")
  void jsonTimes(byte[] data) {
    EXECUTIONS.incrementAndGet();
    try {
      Json.mapper().readValue(data, Instant.class);
    } catch (IOException expected) {
      // becomes a DecodingException
    }
    String asString = "\"" + text(data).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    try {
      Json.mapper().readValue(asString, Instant.class);
    } catch (IOException expected) {
      // becomes a DecodingException
    }
  }

  private static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }
}
