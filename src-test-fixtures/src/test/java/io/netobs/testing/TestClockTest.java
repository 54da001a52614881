package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestClockTest {
  @Test
  void standsStillUntilAdvancedOrSleptAndRecordsOnlyTheSleeps() {
    TestClock clock = new TestClock(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(clock.instant());

    clock.advance(Duration.ofSeconds(5));
    clock.sleep(Duration.ofMillis(200));
    clock.sleep(Duration.ofMillis(400));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-01T00:00:05.600Z"));
    assertThat(clock.millis()).isEqualTo(clock.instant().toEpochMilli());
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(clock.slept()).isEqualTo(Duration.ofMillis(600));
    assertThat(new TestClock().instant()).isEqualTo(TestClock.DEFAULT_START);
  }

  @Test
  void everyZoneIsTheSameClock() {
    TestClock clock = new TestClock();
    assertThat(clock.withZone(ZoneId.of("Europe/Paris"))).isSameAs(clock);
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Z"));
  }

  @Test
  void doesNotGoBack() {
    TestClock clock = new TestClock();
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.sleep(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.sleep(null)).isInstanceOf(NullPointerException.class);
    assertThat(clock.sleeps()).isEmpty();
    assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT_START);
  }

  @Test
  void threadsThatSleepTogetherLoseNoTime() throws Exception {
    TestClock clock = new TestClock();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 1000; i++) {
                  clock.sleep(Duration.ofMillis(1));
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(clock.sleeps()).hasSize(8000);
    assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT_START.plusSeconds(8));
  }
}
