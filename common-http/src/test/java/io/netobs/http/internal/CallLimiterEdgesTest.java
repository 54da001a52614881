package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.RateLimit;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The limiter's edges with a clock the test moves: exactly how many calls a window holds, the
 * instant a start leaves its window, and the concurrency bound.
 */
class CallLimiterEdgesTest {
  // Windows a tenth of a second long in the limiter's clock; a blocked caller re-reads the clock at
  // least that often in real time, so moving the clock frees it quickly.
  private static final Duration WINDOW = Duration.ofMillis(100);
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private CallLimiter limiter(RateLimit limit) {
    return new CallLimiter(limit, WINDOW, WINDOW.multipliedBy(10), now::get);
  }

  private Future<?> acquireElsewhere(CallLimiter limiter) {
    return pool.submit(
        () -> {
          limiter.acquire();
          return null;
        });
  }

  private static boolean blocks(Future<?> call) throws Exception {
    try {
      call.get(300, TimeUnit.MILLISECONDS);
      return false;
    } catch (TimeoutException e) {
      return true;
    }
  }

  @Test
  void aMinuteWindowHoldsExactlyItsLimit() throws Exception {
    CallLimiter limiter = limiter(new RateLimit(0, 2, 0));
    limiter.acquire();
    limiter.release();
    limiter.acquire();
    limiter.release();
    Future<?> third = acquireElsewhere(limiter);
    assertThat(blocks(third)).isTrue();
    now.addAndGet(WINDOW.toNanos());
    third.get(5, TimeUnit.SECONDS);
  }

  @Test
  void aStartLeavesItsWindowExactlyOneWindowLater() throws Exception {
    CallLimiter limiter = limiter(new RateLimit(0, 1, 0));
    limiter.acquire();
    limiter.release();
    now.addAndGet(WINDOW.toNanos() - 1);
    Future<?> early = acquireElsewhere(limiter);
    assertThat(blocks(early)).isTrue();
    now.addAndGet(1);
    early.get(5, TimeUnit.SECONDS);
    // At exactly one window after the second start, the next call goes at once, with the clock
    // standing still.
    now.addAndGet(WINDOW.toNanos());
    CompletableFuture.runAsync(
            () -> {
              try {
                limiter.acquire();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            })
        .get(5, TimeUnit.SECONDS);
  }

  @Test
  void anHourWindowHoldsExactlyItsLimitWhenTheMinuteHasRoom() throws Exception {
    CallLimiter limiter = limiter(new RateLimit(0, 100, 2));
    limiter.acquire();
    limiter.release();
    limiter.acquire();
    limiter.release();
    now.addAndGet(WINDOW.multipliedBy(9).toNanos());
    Future<?> third = acquireElsewhere(limiter);
    assertThat(blocks(third)).isTrue();
    now.addAndGet(WINDOW.toNanos());
    third.get(5, TimeUnit.SECONDS);
  }

  @Test
  void concurrencyIsBoundedAndAReleaseFreesAWaiter() throws Exception {
    CallLimiter limiter = limiter(new RateLimit(2, 0, 0));
    assertThat(limiter.limit()).isEqualTo(new RateLimit(2, 0, 0));
    limiter.acquire();
    limiter.acquire();
    assertThat(limiter.inFlight()).isEqualTo(2);
    assertThat(limiter.toString())
        .isEqualTo("CallLimiter[RateLimit[maxConcurrent=2, perMinute=0, perHour=0], inFlight=2]");
    Future<?> third = acquireElsewhere(limiter);
    assertThat(blocks(third)).isTrue();
    limiter.release();
    third.get(5, TimeUnit.SECONDS);
    assertThat(limiter.inFlight()).isEqualTo(2);
    limiter.release();
    limiter.release();
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void noLimitNeverWaits() throws Exception {
    CallLimiter limiter = limiter(RateLimit.unlimited());
    for (int i = 0; i < 1000; i++) {
      limiter.acquire();
    }
    assertThat(limiter.inFlight()).isEqualTo(1000);
  }
}
