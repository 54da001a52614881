package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A cursor chain fetched ahead on an executor: fetched on the caller's thread when the executor
 * refuses, a failed page asked for again (as often as it fails), an error handed to the caller as
 * it was, and an interrupted caller that stops waiting and stops the fetching.
 */
class CursorChainAheadTest {
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final AtomicInteger fetches = new AtomicInteger();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** Three pages: a, b / c, d / e. */
  private PagedIterable<String> chain(Runnable beforeSecondPage) {
    return PagedIterable.byCursor(
        () -> {
          fetches.incrementAndGet();
          return new PagedIterable.CursorPage<>(List.of("a", "b"), "c1", OptionalLong.empty());
        },
        cursor -> {
          fetches.incrementAndGet();
          return switch (cursor) {
            case "c1" -> {
              beforeSecondPage.run();
              yield new PagedIterable.CursorPage<>(List.of("c", "d"), "c2", OptionalLong.empty());
            }
            case "c2" -> new PagedIterable.CursorPage<>(List.of("e"), null, OptionalLong.empty());
            default -> throw new AssertionError(cursor);
          };
        });
  }

  @Test
  void anExecutorThatRefusesLeavesTheFetchesToTheCaller() {
    PagedIterable<String> items =
        chain(() -> {})
            .fetchAheadOn(
                task -> {
                  throw new RejectedExecutionException("closed");
                },
                3);
    List<String> seen = new ArrayList<>();
    items.forEach(seen::add);
    assertThat(seen).containsExactly("a", "b", "c", "d", "e");
    assertThat(fetches).hasValue(3);
  }

  @Test
  void aFailedPageIsAskedForAgainWithoutSkippingOrRepeatingItems() {
    AtomicInteger failuresLeft = new AtomicInteger(1);
    PagedIterable<String> items =
        chain(
                () -> {
                  if (failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("page 2 failed");
                  }
                })
            .fetchAheadOn(pool, 2);
    var it = items.iterator();
    List<String> seen = new ArrayList<>();
    seen.add(it.next());
    seen.add(it.next());
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("page 2 failed");
    it.forEachRemaining(seen::add);
    assertThat(seen).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void moreFailuresThanPagesInFlightDoNotStallTheChain() {
    // Each failed fetch must give back the room it took: after two failures with two pages in
    // flight, a chain that kept them would wait for room that never comes.
    AtomicInteger failuresLeft = new AtomicInteger(3);
    var it =
        chain(
                () -> {
                  if (failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("page 2 failed");
                  }
                })
            .fetchAheadOn(pool, 2)
            .iterator();
    List<String> seen = new ArrayList<>();
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          seen.add(it.next());
          seen.add(it.next());
          for (int failure = 1; failure <= 3; failure++) {
            assertThatThrownBy(it::hasNext)
                .as("failure %d", failure)
                .isInstanceOf(IllegalStateException.class);
          }
          it.forEachRemaining(seen::add);
        });
    assertThat(seen).containsExactly("a", "b", "c", "d", "e");
  }

  /** An error of the caller's own making, not a runtime exception. */
  static final class PageError extends Error {
    PageError() {
      super("page 2 broke");
    }
  }

  @Test
  void anErrorFetchingAPageReachesTheCallerAsItWas() {
    var it =
        chain(
                () -> {
                  throw new PageError();
                })
            .fetchAheadOn(pool, 2)
            .iterator();
    it.next();
    it.next();
    assertThatThrownBy(it::hasNext).isInstanceOf(PageError.class).hasMessage("page 2 broke");
  }

  @Test
  void aCallerInterruptedWhileWaitingForAPageStopsWaitingAndKeepsTheInterrupt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch asked = new CountDownLatch(1);
    CountDownLatch fetchStopped = new CountDownLatch(1);
    var it =
        chain(
                () -> {
                  asked.countDown();
                  try {
                    release.await(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    fetchStopped.countDown();
                    Thread.currentThread().interrupt();
                  }
                })
            .fetchAheadOn(pool, 2)
            .iterator();
    it.next();
    it.next();
    assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(it::hasNext)
          .isInstanceOf(CancellationException.class)
          .hasMessage("interrupted while waiting for a page");
      assertThat(Thread.interrupted()).isTrue();
      assertThat(fetchStopped.await(5, TimeUnit.SECONDS))
          .as("the page being fetched ahead was cancelled")
          .isTrue();
      assertThatThrownBy(it::hasNext)
          .as("the listing does not end as if it had been read")
          .isInstanceOf(CancellationException.class)
          .hasMessageContaining("stopped");
    } finally {
      Thread.interrupted();
      release.countDown();
    }
  }
}
