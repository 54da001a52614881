package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.BadRequestException;
import io.netobs.http.CoreOptions;
import io.netobs.http.PagedIterable;
import io.netobs.http.PagedIterator;
import io.netobs.http.RateLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Listings that fetch pages ahead of the caller, against a server that answers each page by its
 * offset: items in order whatever order the answers come in, a failure at the page it belongs to,
 * cancellation on close, the rate limit kept, and no thread left after the client is closed. Every
 * wait is on a latch; nothing depends on how fast the machine is.
 */
class PagesInFlightTest extends MockServerTest {
  private static final long WAIT_SECONDS = 10;

  private HttpCore core;

  @AfterEach
  void closeCore() {
    if (core != null) {
      core.close();
    }
  }

  private HttpCore core(CoreOptions options) {
    core = HttpCore.create(server.url("/api/v1").toString(), Auth.extraHopApiKey("key-1"), options);
    return core;
  }

  /** {@code GET /items?limit=..&offset=..}: the numbers from offset, of a listing of total. */
  private PagedIterable<Long> listing(HttpCore core, int limit) {
    return core.byOffset(
        0,
        limit,
        (offset, size) ->
            core.json(
                ApiRequest.get("/items").query("limit", size).query("offset", offset).build(),
                Json.listOf(Long.class)));
  }

  private static MockResponse page(RecordedRequest request, long total) {
    long limit = Long.parseLong(request.getUrl().queryParameter("limit"));
    long offset = offset(request);
    String items =
        LongStream.range(offset, Math.min(offset + limit, total))
            .mapToObj(Long::toString)
            .collect(Collectors.joining(",", "[", "]"));
    return Servers.json(200, items);
  }

  private static long offset(RecordedRequest request) {
    return Long.parseLong(request.getUrl().queryParameter("offset"));
  }

  private static List<Long> range(long from, long to) {
    return LongStream.range(from, to).boxed().toList();
  }

  private static void await(CountDownLatch latch) throws InterruptedException {
    assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("waited for the latch").isTrue();
  }

  /**
   * The page threads still alive, each given up to {@link #WAIT_SECONDS} to end (a thread that has
   * left its pool may take a moment more to end).
   */
  private static long pageThreadsAlive() throws InterruptedException {
    long alive = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("netobs-pages-")) {
        t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        alive += t.isAlive() ? 1 : 0;
      }
    }
    return alive;
  }

  @Test
  void theClientsOptionSetsThePagesInFlightAndAListingCanSetItsOwn() {
    HttpCore defaults = core(CoreOptions.defaults());
    assertThat(listing(defaults, 10).pagesInFlight()).isEqualTo(2);
    assertThat(listing(defaults, 10).pagesInFlight(5).pagesInFlight()).isEqualTo(5);
    defaults.close();
    HttpCore four = core(CoreOptions.builder().pagesInFlight(4).build());
    assertThat(listing(four, 10).pagesInFlight()).isEqualTo(4);
    assertThatThrownBy(() -> CoreOptions.builder().pagesInFlight(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pagesInFlight");
    assertThatThrownBy(() -> listing(four, 10).pagesInFlight(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PagedIterable.byOffset(0, 10, (o, l) -> List.of()).pagesInFlight(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fetchAheadOn");
  }

  @Test
  void pagesRequestedAtOnceComeOutInOrderWhateverOrderTheyAreAnswered() throws Exception {
    // The first four pages are all requested before any is answered, then answered last first.
    CountDownLatch fourArrived = new CountDownLatch(4);
    Map<Long, CountDownLatch> answered = new ConcurrentHashMap<>();
    for (long offset = 0; offset < 40; offset += 10) {
      answered.put(offset, new CountDownLatch(1));
    }
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger mostConcurrent = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            mostConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
              long offset = offset(request);
              if (offset < 40) {
                fourArrived.countDown();
                await(fourArrived);
                if (offset < 30) {
                  await(answered.get(offset + 10));
                }
                answered.get(offset).countDown();
              }
              return page(request, 95);
            } finally {
              concurrent.decrementAndGet();
            }
          }
        });
    HttpCore core = core(CoreOptions.builder().pagesInFlight(4).build());

    List<Long> items = new ArrayList<>();
    listing(core, 10).forEach(items::add);

    assertThat(items).isEqualTo(range(0, 95));
    assertThat(mostConcurrent).hasValue(4);
    // 9 full pages and the short one; up to 3 requests past the end were on their way by then.
    assertThat(server.getRequestCount()).isBetween(10, 13);
  }

  @Test
  void aFailedPageThrowsOnlyAfterTheItemsBeforeItAndIsAskedForAgain() {
    AtomicInteger failuresLeft = new AtomicInteger(1);
    List<Long> offsetsAsked = new CopyOnWriteArrayList<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            offsetsAsked.add(offset(request));
            if (offset(request) == 30 && failuresLeft.getAndDecrement() > 0) {
              return Servers.json(400, "{\"error_message\": \"page 4 refused\"}");
            }
            return page(request, 75);
          }
        });
    HttpCore core = core(CoreOptions.builder().pagesInFlight(3).build());

    PagedIterator<Long> it = listing(core, 10).iterator();
    List<Long> seen = new ArrayList<>();
    assertThatThrownBy(
            () -> {
              while (it.hasNext()) {
                seen.add(it.next());
              }
            })
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("page 4 refused");
    assertThat(seen).as("every item before the failed page").isEqualTo(range(0, 30));

    it.forEachRemaining(seen::add);
    assertThat(seen).as("nothing skipped or repeated").isEqualTo(range(0, 75));
    assertThat(offsetsAsked.stream().filter(o -> o == 30)).hasSize(2);
  }

  @Test
  void closingTheIteratorCancelsThePagesInFlightAndAsksForNoMore() throws Exception {
    CountDownLatch aheadArrived = new CountDownLatch(3);
    CountDownLatch release = new CountDownLatch(1);
    List<Long> offsetsAsked = new CopyOnWriteArrayList<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            offsetsAsked.add(offset(request));
            if (offset(request) > 0) {
              aheadArrived.countDown();
              await(release);
            }
            return page(request, 1_000_000);
          }
        });
    HttpCore core = core(CoreOptions.builder().pagesInFlight(3).build());

    PagedIterator<Long> it = listing(core, 10).iterator();
    assertThat(it.next()).isZero();
    await(aheadArrived); // pages 2, 3 and 4 are on their way
    it.close();
    release.countDown();
    core.close(); // waits for the page threads to end

    assertThat(offsetsAsked).containsExactlyInAnyOrder(0L, 10L, 20L, 30L);
    assertThat(pageThreadsAlive()).isZero();
    assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closingTheStreamClosesItsIteratorAndAnAbandonedLoopWastesAtMostThePagesInFlight()
      throws Exception {
    List<Long> offsetsAsked = new CopyOnWriteArrayList<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            offsetsAsked.add(offset(request));
            return page(request, 1_000_000);
          }
        });
    HttpCore core = core(CoreOptions.builder().pagesInFlight(3).build());

    try (Stream<Long> items = listing(core, 10).stream()) {
      assertThat(items.limit(25).toList()).isEqualTo(range(0, 25));
    }
    for (long item : listing(core, 10)) {
      if (item == 15) {
        break;
      }
    }
    core.close();

    // Each walk read pages 1 to 3 and had at most 3 more in flight: offsets 0 to 50, twice.
    assertThat(offsetsAsked).allMatch(offset -> offset <= 50);
    assertThat(offsetsAsked.size()).isBetween(6, 12);
    assertThat(pageThreadsAlive()).isZero();
  }

  @Test
  void pagesFetchedAheadWaitForRoomUnderTheRateLimit() {
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger mostConcurrent = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            mostConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
              Thread.sleep(5); // gives requests that the limiter let through a chance to overlap
              return page(request, 200);
            } finally {
              concurrent.decrementAndGet();
            }
          }
        });
    // Kentik's documented limits: one call at a time, 60 a minute, 3,750 an hour.
    HttpCore core =
        core(CoreOptions.builder().rateLimit(new RateLimit(1, 60, 3750)).pagesInFlight(8).build());

    List<Long> items = new ArrayList<>();
    listing(core, 10).forEach(items::add);

    assertThat(items).isEqualTo(range(0, 200));
    assertThat(mostConcurrent).hasValue(1);
    // 20 full pages and the empty one; up to 7 requests past the end may have got room by then.
    assertThat(server.getRequestCount()).isBetween(21, 28);
  }

  @Test
  void theNextCursorPageIsOnItsWayWhileTheCurrentOneIsRead() throws Exception {
    CountDownLatch secondAsked = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String cursor = request.getUrl().queryParameter("cursor");
            if (cursor == null) {
              return Servers.json(200, "{\"items\": [1, 2], \"cursor\": \"c1\"}");
            }
            secondAsked.countDown();
            return cursor.equals("c1")
                ? Servers.json(200, "{\"items\": [3, 4], \"cursor\": \"c2\"}")
                : Servers.json(200, "{\"items\": [5]}");
          }
        });
    HttpCore core = core(CoreOptions.defaults());
    PagedIterable<Long> listing =
        core.byCursor(() -> cursorPage(core, null), cursor -> cursorPage(core, cursor));

    try (PagedIterator<Long> it = listing.iterator()) {
      assertThat(it.next()).isEqualTo(1);
      await(secondAsked); // while the caller is still on the first page
      List<Long> rest = new ArrayList<>();
      it.forEachRemaining(rest::add);
      assertThat(rest).containsExactly(2L, 3L, 4L, 5L);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aCursorChainAsksForTheNextPageWithoutWaitingForTheCallerToTakeTheOneThatArrived()
      throws Exception {
    // An endless chain: page n holds n and the cursor of page n + 1.
    CountDownLatch thirdAsked = new CountDownLatch(1);
    AtomicInteger asked = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String cursor = request.getUrl().queryParameter("cursor");
            long n = cursor == null ? 1 : Long.parseLong(cursor.substring(1));
            if (asked.incrementAndGet() == 3) {
              thirdAsked.countDown();
            }
            return Servers.json(200, "{\"items\": [" + n + "], \"cursor\": \"c" + (n + 1) + "\"}");
          }
        });
    HttpCore core = core(CoreOptions.defaults()); // 2 pages in flight
    PagedIterable<Long> listing =
        core.byCursor(() -> cursorPage(core, null), cursor -> cursorPage(core, cursor));

    try (PagedIterator<Long> it = listing.iterator()) {
      assertThat(it.next()).isEqualTo(1);
      // The caller stays on page 1: page 2 has arrived and waits for it, and page 3 is asked for
      // all the same, as soon as page 2 arrived.
      await(thirdAsked);
      // Never more than the 2 pages in flight beyond the one taken: page 4 waits for the caller.
      Thread.sleep(200);
      assertThat(asked).hasValue(3);
      assertThat(it.next()).isEqualTo(2);
      assertThat(it.next()).isEqualTo(3);
    }
  }

  private record ItemsAndCursor(List<Long> items, String cursor) {}

  private static PagedIterable.CursorPage<Long> cursorPage(HttpCore core, String cursor) {
    ApiRequest.Builder request = ApiRequest.get("/chain");
    if (cursor != null) {
      request.query("cursor", cursor);
    }
    ItemsAndCursor page = core.json(request.build(), ItemsAndCursor.class);
    return new PagedIterable.CursorPage<>(page.items(), page.cursor(), null);
  }

  @Test
  void aClientThatNeverFetchesAheadStartsNoThreadAndClosingEndsThoseItStarted() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return page(request, 50);
          }
        });
    HttpCore inTurn = core(CoreOptions.builder().pagesInFlight(1).build());
    assertThat(listing(inTurn, 10).stream().count()).isEqualTo(50);
    assertThat(inTurn.pageThreadCount()).isZero();
    inTurn.close();

    HttpCore ahead = core(CoreOptions.builder().pagesInFlight(4).build());
    assertThat(listing(ahead, 10).stream().count()).isEqualTo(50);
    assertThat(ahead.pageThreadCount()).isPositive();
    ahead.close();
    assertThat(ahead.pageThreadCount()).isZero();
    assertThat(pageThreadsAlive()).isZero();
    assertThatThrownBy(() -> listing(ahead, 10).iterator().hasNext())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
