package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A listing by offset fetched ahead: fetched on the caller's thread when the executor refuses, put
 * right when a page holds more than asked, its fetches ahead cancelled when the iterator is closed,
 * and the pages in flight of a listing with no executor.
 */
class OffsetsAheadTest {
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private static List<Long> range(long from, long to) {
    return LongStream.range(from, to).boxed().toList();
  }

  @Test
  void anExecutorThatRefusesLeavesTheFetchesToTheCaller() {
    List<Long> asked = new CopyOnWriteArrayList<>();
    PagedIterable<Long> items =
        PagedIterable.byOffset(
                0,
                2,
                (offset, limit) -> {
                  asked.add(offset);
                  return range(offset, Math.min(offset + limit, 5));
                })
            .fetchAheadOn(
                task -> {
                  throw new RejectedExecutionException("closed");
                },
                3);
    List<Long> seen = new ArrayList<>();
    items.forEach(seen::add);
    assertThat(seen).isEqualTo(range(0, 5));
    assertThat(asked).containsExactly(0L, 2L, 4L);
  }

  @Test
  void aPageWithMoreThanAskedForMovesTheNextOffsetsOn() {
    PagedIterable<Long> items =
        PagedIterable.byOffset(
                0,
                2,
                (offset, limit) ->
                    // The first answer holds three items where two were asked for.
                    range(offset, Math.min(offset + (offset == 0 ? 3 : limit), 9)))
            .fetchAheadOn(pool, 3);
    List<Long> seen = new ArrayList<>();
    items.forEach(seen::add);
    assertThat(seen).isEqualTo(range(0, 9));
  }

  @Test
  void closingTheIteratorCancelsTheFetchesAhead() throws Exception {
    CountDownLatch aheadStarted = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    PagedIterator<Long> it =
        PagedIterable.byOffset(
                0,
                2,
                (offset, limit) -> {
                  if (offset == 2) {
                    aheadStarted.countDown();
                    try {
                      never.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      interrupted.countDown();
                    }
                  }
                  return range(offset, offset + limit);
                })
            .fetchAheadOn(pool, 2)
            .iterator();
    assertThat(it.next()).isZero();
    assertThat(aheadStarted.await(10, TimeUnit.SECONDS)).isTrue();

    it.close();

    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void theLastPageCancelsTheFetchesStillWaitingForAThread() {
    // Two fetches run at once; the others wait in the executor's queue, as on a busy pool.
    List<Runnable> queued = new CopyOnWriteArrayList<>();
    AtomicInteger running = new AtomicInteger();
    List<Long> asked = new CopyOnWriteArrayList<>();
    PagedIterable<Long> items =
        PagedIterable.byOffset(
                0,
                2,
                (offset, limit) -> {
                  asked.add(offset);
                  return range(offset, Math.min(offset + limit, 3)); // the page at 2 is the last
                })
            .fetchAheadOn(
                task -> {
                  if (running.getAndIncrement() < 2) {
                    pool.execute(task);
                  } else {
                    queued.add(task);
                  }
                },
                3);
    PagedIterator<Long> it = items.iterator();
    List<Long> seen = new ArrayList<>(List.of(it.next(), it.next(), it.next()));
    // The last page is being read; nothing after it will be.
    assertThat(queued).isNotEmpty();
    queued.forEach(Runnable::run); // a thread comes free at last
    assertThat(queued).allSatisfy(task -> assertThat((Future<?>) task).isCancelled());
    assertThat(asked).as("two fetches ran at once").containsExactlyInAnyOrder(0L, 2L);
    assertThat(it.hasNext()).isFalse();
    assertThat(seen).containsExactly(0L, 1L, 2L);
  }

  @Test
  void anErrorFetchingAPageAheadReachesTheCallerAsItWas() {
    PagedIterable<Long> items =
        PagedIterable.byOffset(
                0,
                2,
                (offset, limit) -> {
                  if (offset == 2) {
                    throw new StackOverflowError("page at 2");
                  }
                  return range(offset, offset + limit);
                })
            .fetchAheadOn(pool, 2);
    var it = items.iterator();
    assertThat(it.next()).isZero();
    assertThat(it.next()).isOne();
    assertThatThrownBy(it::hasNext)
        .isExactlyInstanceOf(StackOverflowError.class)
        .hasMessage("page at 2");
  }

  @Test
  void aCallerInterruptedWhileWaitingForAPageStopsWaitingKeepsTheInterruptAndCancels()
      throws Exception {
    // Both pages after the first (at 2 and at 4) are being fetched when the caller is interrupted.
    CountDownLatch asked = new CountDownLatch(2);
    CountDownLatch fetchStopped = new CountDownLatch(2);
    CountDownLatch never = new CountDownLatch(1);
    var it =
        PagedIterable.byOffset(
                0,
                2,
                (offset, limit) -> {
                  if (offset > 0) {
                    asked.countDown();
                    try {
                      never.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      fetchStopped.countDown();
                    }
                  }
                  return range(offset, offset + limit);
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
          .hasMessage("interrupted while waiting for a page")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
      assertThat(fetchStopped.await(5, TimeUnit.SECONDS))
          .as("the page waited for and the one after it were cancelled")
          .isTrue();
      assertThatThrownBy(it::hasNext)
          .as("the listing does not end as if it had been read")
          .isInstanceOf(CancellationException.class)
          .hasMessageContaining("stopped");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aListingWithoutAnExecutorFetchesOnePageAtATime() {
    PagedIterable<String> items =
        PagedIterable.of(() -> Page.last(List.of("a"), OptionalLong.empty()));
    assertThat(items.pagesInFlight(1).pagesInFlight()).isEqualTo(1);
    assertThat(items.pagesInFlight(1)).containsExactly("a");
  }
}
