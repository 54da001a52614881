package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.RateLimit;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A caller the limiter holds back sleeps until its window can move; it does not spin. */
class CallLimiterWaitsTest {
  private static final Duration WINDOW = Duration.ofMillis(200);
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final AtomicInteger clockReads = new AtomicInteger();
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void aCallerOverTheLimitReadsTheClockAboutOncePerWindowWhileItWaits() throws Exception {
    CallLimiter limiter =
        new CallLimiter(
            new RateLimit(0, 1, 0),
            WINDOW,
            WINDOW.multipliedBy(10),
            () -> {
              clockReads.incrementAndGet();
              return now.get();
            });
    limiter.acquire();
    limiter.release();
    int before = clockReads.get();

    Future<?> second =
        pool.submit(
            () -> {
              limiter.acquire();
              return null;
            });
    // The clock stands still, so the caller stays held back for the whole of this wait.
    assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);

    // It slept a window's length between reads (a few reads in half a second), where a caller that
    // spun would have read the clock thousands of times.
    assertThat(clockReads.get() - before).isBetween(1, 20);
    now.addAndGet(WINDOW.toNanos());
    second.get(5, TimeUnit.SECONDS);
  }
}
