package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The retry policy's values, its waits, and the edges of what its builder accepts. */
class RetryPolicyTest {
  @Test
  void defaultsAreTheDocumentedValues() {
    RetryPolicy defaults = RetryPolicy.defaults();
    assertThat(defaults.maxRetries()).isEqualTo(2);
    assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(defaults.multiplier()).isEqualTo(2.0);
    assertThat(defaults.jitter()).isEqualTo(0.5);
    assertThat(defaults.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults.retryStatuses()).containsExactlyInAnyOrder(408, 429, 500, 502, 503, 504);
    assertThat(defaults).isEqualTo(RetryPolicy.builder().build());
    assertThat(RetryPolicy.none().maxRetries()).isZero();
    assertThat(RetryPolicy.none().retryStatuses()).isEqualTo(defaults.retryStatuses());
  }

  @Test
  void toBuilderKeepsEveryValue() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxRetries(7)
            .initialBackoff(Duration.ofMillis(50))
            .maxBackoff(Duration.ofMillis(900))
            .multiplier(3.5)
            .jitter(0.25)
            .maxRetryAfter(Duration.ofSeconds(5))
            .retryStatuses(Set.of(503))
            .build();
    RetryPolicy copy = policy.toBuilder().build();
    assertThat(copy.maxRetries()).isEqualTo(7);
    assertThat(copy.initialBackoff()).isEqualTo(Duration.ofMillis(50));
    assertThat(copy.maxBackoff()).isEqualTo(Duration.ofMillis(900));
    assertThat(copy.multiplier()).isEqualTo(3.5);
    assertThat(copy.jitter()).isEqualTo(0.25);
    assertThat(copy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(5));
    assertThat(copy.retryStatuses()).containsExactly(503);
    assertThat(copy).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(copy.toString())
        .isEqualTo(
            "RetryPolicy[maxRetries=7, initialBackoff=PT0.05S, maxBackoff=PT0.9S, multiplier=3.5,"
                + " jitter=0.25, maxRetryAfter=PT5S, retryStatuses=[503]]");
    assertThat(policy.toBuilder().maxRetries(6).build()).isNotEqualTo(policy);
    assertThat(policy).isNotEqualTo("not a policy");
  }

  @Test
  void retriesOnlyTheConfiguredStatuses() {
    RetryPolicy policy = RetryPolicy.builder().retryStatuses(Set.of(409, 503)).build();
    assertThat(policy.retriesStatus(409)).isTrue();
    assertThat(policy.retriesStatus(503)).isTrue();
    assertThat(policy.retriesStatus(500)).isFalse();
    assertThat(RetryPolicy.defaults().retriesStatus(429)).isTrue();
    assertThat(RetryPolicy.defaults().retriesStatus(501)).isFalse();
  }

  @Test
  void theStatusesAreCopiedNotShared() {
    Set<Integer> statuses = new HashSet<>(Set.of(503));
    RetryPolicy policy = RetryPolicy.builder().retryStatuses(statuses).build();
    statuses.add(500);
    assertThat(policy.retriesStatus(500)).isFalse();
    assertThatThrownBy(() -> policy.retryStatuses().add(500))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theWaitGrowsByTheMultiplierFromTheFirstRetryAndStopsAtTheCap() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(1000))
            .multiplier(3)
            .jitter(0)
            .build();
    // A retry number below 1 is treated as the first retry.
    assertThat(policy.backoffBeforeJitter(0)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoffBeforeJitter(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoffBeforeJitter(2)).isEqualTo(Duration.ofMillis(300));
    assertThat(policy.backoffBeforeJitter(3)).isEqualTo(Duration.ofMillis(900));
    assertThat(policy.backoffBeforeJitter(4)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.backoff(3, 0.9)).isEqualTo(Duration.ofMillis(900));
  }

  @Test
  void jitterTakesAwayItsShareOfTheRandomNumber() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(1000))
            .maxBackoff(Duration.ofMillis(1000))
            .jitter(0.4)
            .build();
    assertThat(policy.backoff(1, 0)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.backoff(1, 0.5)).isEqualTo(Duration.ofMillis(800));
    assertThat(policy.backoff(1, 0.999)).isEqualTo(Duration.ofMillis(601));
  }

  @Test
  void maxRetriesAcceptsZeroToHundred() {
    assertThat(RetryPolicy.builder().maxRetries(0).build().maxRetries()).isZero();
    assertThat(RetryPolicy.builder().maxRetries(100).build().maxRetries()).isEqualTo(100);
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRetries must be between 0 and 100, was 101");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1))
        .hasMessage("maxRetries must be between 0 and 100, was -1");
  }

  @Test
  void multiplierIsAFiniteNumberFromOne() {
    assertThat(RetryPolicy.builder().multiplier(1.0).build().multiplier()).isEqualTo(1.0);
    for (double bad : new double[] {0.99, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> RetryPolicy.builder().multiplier(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("multiplier must be a finite number >= 1, was " + bad);
    }
  }

  @Test
  void jitterIsFromZeroToOne() {
    assertThat(RetryPolicy.builder().jitter(0.0).build().jitter()).isEqualTo(0.0);
    assertThat(RetryPolicy.builder().jitter(1.0).build().jitter()).isEqualTo(1.0);
    for (double bad : new double[] {-0.01, 1.01, Double.NaN}) {
      assertThatThrownBy(() -> RetryPolicy.builder().jitter(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("jitter must be between 0 and 1, was " + bad);
    }
  }

  @Test
  void retryStatusesAreErrorCodes() {
    assertThat(RetryPolicy.builder().retryStatuses(Set.of(400, 599)).build().retryStatuses())
        .containsExactlyInAnyOrder(400, 599);
    for (int bad : new int[] {399, 600}) {
      assertThatThrownBy(() -> RetryPolicy.builder().retryStatuses(Set.of(bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("retryStatuses must be 4xx or 5xx codes, got " + bad);
    }
    assertThatThrownBy(() -> RetryPolicy.builder().retryStatuses(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("retryStatuses");
  }

  @Test
  void durationsAreNotNegativeAndTheCapNotBelowTheFirstWait() {
    assertThat(
            RetryPolicy.builder()
                .initialBackoff(Duration.ZERO)
                .maxBackoff(Duration.ZERO)
                .maxRetryAfter(Duration.ZERO)
                .build()
                .maxRetryAfter())
        .isZero();
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("initialBackoff must not be negative, was PT-0.001S");
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(-1)))
        .hasMessage("maxBackoff must not be negative, was PT-0.001S");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofMillis(-1)))
        .hasMessage("maxRetryAfter must not be negative, was PT-0.001S");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("maxRetryAfter");
    Duration same = Duration.ofSeconds(2);
    assertThat(RetryPolicy.builder().initialBackoff(same).maxBackoff(same).build().maxBackoff())
        .isEqualTo(same);
    assertThatThrownBy(
            () ->
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofSeconds(3))
                    .maxBackoff(Duration.ofSeconds(2))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBackoff (PT2S) must not be less than initialBackoff (PT3S)");
  }
}
