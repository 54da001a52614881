package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The polling options: defaults, variants, their edges, and value equality. */
class PollOptionsTest {
  @Test
  void defaultsAndVariants() {
    PollOptions d = PollOptions.defaults();
    assertThat(d.initialDelay()).isEqualTo(Duration.ofMillis(200));
    assertThat(d.maxDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(d.timeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(d.withTimeout(Duration.ofSeconds(9)).timeout()).isEqualTo(Duration.ofSeconds(9));
    // A first wait longer than the longest one raises the longest one.
    PollOptions slow = d.withInitialDelay(Duration.ofSeconds(7));
    assertThat(slow.initialDelay()).isEqualTo(Duration.ofSeconds(7));
    assertThat(slow.maxDelay()).isEqualTo(Duration.ofSeconds(7));
    assertThat(d.withInitialDelay(Duration.ofSeconds(1)).maxDelay())
        .isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void theLongestWaitMayEqualTheFirstButNotBeShorter() {
    PollOptions d = PollOptions.defaults();
    assertThat(d.withMaxDelay(Duration.ofMillis(200)).maxDelay()).isEqualTo(Duration.ofMillis(200));
    assertThatThrownBy(() -> d.withMaxDelay(Duration.ofMillis(199)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDelay (PT0.199S) must not be shorter than initialDelay (PT0.2S)");
    assertThatThrownBy(() -> d.withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout must be positive, was PT0S");
    assertThatThrownBy(() -> d.withInitialDelay(Duration.ofMillis(-1)))
        .hasMessage("initialDelay must be positive, was PT-0.001S");
    assertThatThrownBy(() -> d.withMaxDelay(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("maxDelay must not be null");
  }

  @Test
  void equalOptionsAreEqualAndDifferentOnesAreNot() {
    PollOptions a = PollOptions.defaults().withTimeout(Duration.ofSeconds(30));
    PollOptions b = PollOptions.defaults().withTimeout(Duration.ofSeconds(30));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.hashCode()).isNotEqualTo(PollOptions.defaults().hashCode());
    assertThat(a).isNotEqualTo(PollOptions.defaults());
    assertThat(a).isNotEqualTo(a.withInitialDelay(Duration.ofMillis(100)));
    assertThat(a).isNotEqualTo(a.withMaxDelay(Duration.ofSeconds(6)));
    assertThat(a).isNotEqualTo("PollOptions");
    assertThat(a.toString())
        .isEqualTo("PollOptions[initialDelay=PT0.2S, maxDelay=PT5S, timeout=PT30S]");
  }
}
