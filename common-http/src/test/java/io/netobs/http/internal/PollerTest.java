package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.PollOptions;
import io.netobs.http.WaitTimeoutException;
import io.netobs.testing.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollerTest {
  private final TestClock clock = new TestClock();
  private final Poller.Timing timing = new Poller.Timing(clock, clock::sleep);

  @Test
  void theWaitStartsAtTheInitialDelayAndDoublesUpToTheMaximum() {
    PollOptions options =
        PollOptions.defaults()
            .withInitialDelay(Duration.ofMillis(100))
            .withMaxDelay(Duration.ofMillis(300))
            .withTimeout(Duration.ofMinutes(1));
    AtomicInteger polls = new AtomicInteger();

    String done =
        Poller.until(
            options,
            timing,
            "GET",
            "/work/1",
            () -> polls.incrementAndGet() < 5 ? "running" : "done",
            "done"::equals,
            state -> "still " + state);

    assertThat(done).isEqualTo("done");
    assertThat(polls).hasValue(5);
    assertThat(clock.sleeps())
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(300),
            Duration.ofMillis(300));
  }

  @Test
  void aTimeoutThrowsWithWhatWasPolledHowLongHowOftenAndTheLastState() {
    PollOptions options = PollOptions.defaults().withTimeout(Duration.ofSeconds(1));
    AtomicInteger polls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                Poller.until(
                    options,
                    timing,
                    "GET",
                    "/work/1",
                    () -> List.of(polls.incrementAndGet()),
                    state -> false,
                    state -> "work is still running"))
        .isInstanceOfSatisfying(
            WaitTimeoutException.class,
            e -> {
              assertThat(e.method()).isEqualTo("GET");
              assertThat(e.path()).isEqualTo("/work/1");
              assertThat(e.polls()).isEqualTo(4);
              assertThat(e.waited()).isEqualTo(Duration.ofSeconds(1));
              assertThat(e.lastState(List.class)).contains(List.of(4));
              assertThat(e.lastState(String.class)).isEmpty();
            })
        .hasMessage(
            "GET /work/1: work is still running after waiting 1000 ms (4 polls); allow longer with PollOptions.withTimeout");
    // 200 + 400 and then what is left of the second: the last wait never overshoots the timeout
    assertThat(clock.sleeps())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(400));
  }

  @Test
  void resetStartsTheWaitShortAgain() {
    Poller poller = new Poller(PollOptions.defaults(), timing);
    poller.pause("GET", "/x", "", null);
    poller.pause("GET", "/x", "", null);
    poller.reset();
    poller.pause("GET", "/x", "", null);
    assertThat(clock.sleeps())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(200));
  }

  @Test
  void anInterruptCancelsTheWaitAndSetsTheInterruptFlagAgain() {
    Poller.Timing interrupted =
        new Poller.Timing(
            clock,
            d -> {
              throw new InterruptedException("stop");
            });
    try {
      assertThatThrownBy(
              () ->
                  Poller.until(
                      PollOptions.defaults(),
                      interrupted,
                      "GET",
                      "/work/1",
                      () -> "running",
                      s -> false,
                      s -> "still running"))
          .isInstanceOf(CancellationException.class)
          .hasMessageContaining("GET /work/1")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void theSystemTimingWaitsForReal() {
    PollOptions options =
        PollOptions.defaults()
            .withInitialDelay(Duration.ofMillis(5))
            .withTimeout(Duration.ofMillis(30));
    long started = System.nanoTime();
    assertThatThrownBy(
            () ->
                Poller.until(
                    options,
                    Poller.Timing.SYSTEM,
                    "GET",
                    "/work/1",
                    () -> "running",
                    s -> false,
                    s -> "still running"))
        .isInstanceOf(WaitTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(30));
  }

  @Test
  void pollOptionsRefuseWhatCannotWork() {
    assertThatThrownBy(() -> PollOptions.defaults().withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout must be positive");
    assertThatThrownBy(() -> PollOptions.defaults().withMaxDelay(Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDelay");
    assertThat(PollOptions.defaults().withInitialDelay(Duration.ofSeconds(9)).maxDelay())
        .isEqualTo(Duration.ofSeconds(9));
  }
}
