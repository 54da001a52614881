package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.ApiTimeoutException;
import io.netobs.http.RetryBudget;
import io.netobs.http.TransportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The small helpers of the core at the edges of what they take. */
class EdgeValuesTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void retryAfterSecondsAreReadUpToNineDigitsAndCappedBeyond() {
    assertThat(RetryAfter.parse("123456789", NOW)).isEqualTo(Duration.ofSeconds(123_456_789L));
    assertThat(RetryAfter.parse("1234567890", NOW)).isEqualTo(Duration.ofSeconds(999_999_999L));
    assertThat(RetryAfter.parse("99999999999999999999", NOW))
        .isEqualTo(Duration.ofSeconds(999_999_999L));
    assertThat(RetryAfter.parse(" 7 ", NOW)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aWireLogBodyOfExactlyTheLimitIsShownWholeAndALongerOneIsCut() {
    byte[] limit = "a".repeat(4096).getBytes(StandardCharsets.UTF_8);
    byte[] longer = "a".repeat(4097).getBytes(StandardCharsets.UTF_8);
    assertThat(WireLog.body(limit, "text/plain")).isEqualTo("a".repeat(4096));
    assertThat(WireLog.body(longer, "text/plain")).isEqualTo("a".repeat(4096) + "... (4097 bytes)");
    assertThat(WireLog.body(null, "text/plain")).isEqualTo("(no body)");
    assertThat(WireLog.body(new byte[0], null)).isEqualTo("(no body)");
    assertThat(WireLog.body("{}".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("{}");
  }

  @Test
  void secretsOfFourCharactersOrMoreAreScrubbedAndShorterOnesLeft() {
    assertThat(WireLog.scrub("key abcd and abc", () -> List.of("abcd")))
        .isEqualTo("key " + WireLog.REDACTED + " and abc");
    assertThat(WireLog.scrub("key abc", () -> List.of("abc"))).isEqualTo("key abc");
    assertThat(WireLog.scrub(null, () -> List.of("abcd"))).isNull();
    assertThat(WireLog.scrub("", () -> List.of("abcd"))).isEmpty();
  }

  @Test
  void aStreamThatFailsBeforeItsFirstByteMayBeReadAgain() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("reset");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("reset");
          }
        };
    assertThatThrownBy(() -> new WrittenToCaller(broken).transferTo(new ByteArrayOutputStream()))
        .isExactlyInstanceOf(IOException.class)
        .hasMessage("reset");
  }

  @Test
  void aStreamThatFailsAfterItsFirstByteIsFinal() {
    InputStream brokenAfterOne =
        new InputStream() {
          private boolean given;

          @Override
          public int read() throws IOException {
            throw new IOException("reset");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (given) {
              throw new IOException("reset");
            }
            given = true;
            b[off] = 'x';
            return 1;
          }
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> new WrittenToCaller(brokenAfterOne).transferTo(out))
        .isInstanceOf(WrittenToCaller.NotRestartable.class)
        .hasMessage(
            "the answer broke off after 1 bytes were written to the caller's stream: reset");
    assertThat(out.toByteArray()).containsExactly((byte) 'x');
  }

  @Test
  void retryTokensFollowTheirBudget() {
    RetryBudget budget = RetryBudget.defaults();
    RetryTokens tokens = new RetryTokens(budget);
    assertThat(tokens.budget()).isSameAs(budget);
    assertThat(tokens.available()).isEqualTo(budget.capacity());
  }

  @Test
  void differentBudgetsHaveDifferentHashCodes() {
    RetryBudget other = RetryBudget.builder().capacity(7).build();
    assertThat(other.hashCode()).isNotEqualTo(RetryBudget.defaults().hashCode());
    assertThat(RetryBudget.builder().capacity(7).build().hashCode()).isEqualTo(other.hashCode());
  }

  @Test
  void aBaseUrlWithOrWithoutItsTrailingSlashGivesTheSamePaths() {
    ApiRequest request = ApiRequest.get("/devices/{}", 3).query("all", true).build();
    for (String base : List.of("https://h.example.com/api/v1/", "https://h.example.com/api/v1")) {
      RequestAssembly assembly = new RequestAssembly(HttpUrl.get(base), "ua", Map.of());
      assertThat(assembly.url(request).toString())
          .isEqualTo("https://h.example.com/api/v1/devices/3?all=true");
    }
    RequestAssembly root =
        new RequestAssembly(HttpUrl.get("https://h.example.com/"), "ua", Map.of());
    assertThat(root.url(request).encodedPath()).isEqualTo("/devices/3");
    // A request for the base URL itself: the base's trailing slash goes.
    RequestAssembly slash =
        new RequestAssembly(HttpUrl.get("https://h.example.com/api/v1/"), "ua", Map.of());
    assertThat(slash.url(ApiRequest.get("/").build()).toString())
        .isEqualTo("https://h.example.com/api/v1");
  }

  @Test
  void onlyATimeoutIsATimeout() {
    ErrorMapping errors = new ErrorMapping(List::of);
    assertThat(errors.transport("GET", "/x", true, new SocketTimeoutException("read timed out")))
        .isInstanceOf(ApiTimeoutException.class)
        .hasMessage("GET /x: timed out (SocketTimeoutException: read timed out)");
    assertThat(errors.transport("GET", "/x", true, new InterruptedIOException("timeout")))
        .isInstanceOf(ApiTimeoutException.class);
    TransportException interrupted =
        errors.transport("GET", "/x", false, new InterruptedIOException("interrupted"));
    assertThat(interrupted)
        .isNotInstanceOf(ApiTimeoutException.class)
        .hasMessage("GET /x: InterruptedIOException: interrupted");
    assertThat(interrupted.requestSent()).isFalse();
    assertThat(errors.transport("GET", "/x", true, new InterruptedIOException()))
        .isNotInstanceOf(ApiTimeoutException.class)
        .hasMessage("GET /x: InterruptedIOException");
    assertThat(errors.transport("GET", "/x", true, new IOException("reset")))
        .isNotInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void aZeroByteReadOneAtATimeIsCountedAndKept() throws IOException {
    ExcerptingStream in = new ExcerptingStream(new ByteArrayInputStream(new byte[] {'a', 0, 'b'}));
    assertThat(in.read()).isEqualTo('a');
    assertThat(in.read()).isZero();
    assertThat(in.read()).isEqualTo('b');
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.bytesRead()).isEqualTo(3);
    assertThat(in.excerpt()).isEqualTo("a\u0000b");
  }
}
