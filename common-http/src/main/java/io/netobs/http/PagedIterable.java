package io.netobs.http;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a listing, page after page, fetched lazily: no request is made until iteration
 * starts. Iterating a million items holds a few pages in memory at most.
 *
 * <p><b>Pages in flight.</b> A listing made by a client may fetch pages ahead of the caller, on the
 * client's own threads, so that the caller does not wait for each page in turn: {@link
 * #pagesInFlight()} says how many pages may be requested at once. It is the client's {@code
 * pagesInFlight} option (default {@value CoreOptionsBuilder#DEFAULT_PAGES_IN_FLIGHT}) unless the
 * listing sets its own with {@link #pagesInFlight(int)}:
 *
 * <pre>{@code
 * try (Stream<Device> devices = client.devices().list(query).pagesInFlight(4).stream()) {
 *   devices.forEach(this::export);
 * }
 * }</pre>
 *
 * <p>A listing paged by offset asks for up to that many of the pages after the one being read; a
 * listing paged by cursor can only ask for the next page, which it does as soon as the current one
 * has arrived. With 1, each page is fetched on the caller's thread when iteration reaches it. In
 * every case the items come in the listing's order. Where a listing paged by offset ends is known
 * only from its last page, so up to {@code pagesInFlight - 1} requests for pages past the end may
 * have been sent by then; they are cancelled, or answer empty pages that are dropped.
 *
 * <p><b>Failures.</b> A page that fails throws from {@code hasNext()} when iteration reaches that
 * page, after every item before it has been handed out. The iterator stays where it was, so calling
 * {@code hasNext()} again asks for the same page again: no item is skipped or repeated.
 *
 * <p><b>Stopping early.</b> {@link #iterator()} returns a {@link PagedIterator}: close it to cancel
 * the pages in flight. {@link #stream()} closes its iterator when the stream is closed (use it in
 * try-with-resources), and {@link #forEach(Consumer)} when it returns or throws. A for-loop left
 * with {@code break} cannot close its iterator; it wastes at most the pages in flight.
 *
 * <p>Each {@link #iterator()} starts again from the first page. Immutable and thread-safe; each
 * iterator is for one thread.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final Supplier<Page<T>> firstPage;

  /** How to fetch any page of a listing paged by offset; null for a chain of pages. */
  private final Offsets<T> offsets;

  /** Where pages are fetched ahead; null for none. */
  private final Executor executor;

  private final int pagesInFlight;

  private PagedIterable(
      Supplier<Page<T>> firstPage, Offsets<T> offsets, Executor executor, int pagesInFlight) {
    this.firstPage = firstPage;
    this.offsets = offsets;
    this.executor = executor;
    this.pagesInFlight = pagesInFlight;
  }

  private PagedIterable(Supplier<Page<T>> firstPage, Offsets<T> offsets) {
    this(firstPage, offsets, null, 1);
  }

  /**
   * A listing whose first page comes from {@code firstPage}, and each next one from the page
   * before.
   */
  public static <T> PagedIterable<T> of(Supplier<Page<T>> firstPage) {
    return new PagedIterable<>(Objects.requireNonNull(firstPage, "firstPage"), null);
  }

  /**
   * A listing paged by offset and limit: {@code fetch(offset, limit)} returns one page of items. A
   * page shorter than {@code limit} is the last.
   */
  public static <T> PagedIterable<T> byOffset(
      long startOffset, int limit, BiFunction<Long, Integer, List<T>> fetch) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be > 0, was " + limit);
    }
    if (startOffset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + startOffset);
    }
    Objects.requireNonNull(fetch, "fetch");
    Offsets<T> offsets = new Offsets<>(startOffset, limit, fetch);
    return new PagedIterable<>(() -> offsets.page(startOffset), offsets);
  }

  /** What a listing paged by offset needs to fetch any of its pages. */
  private record Offsets<T>(long start, int limit, BiFunction<Long, Integer, List<T>> fetch) {
    List<T> items(long offset) {
      return fetch.apply(offset, limit);
    }

    /** The page at {@code offset}, fetched now, chained to the one after it. */
    Page<T> page(long offset) {
      return page(offset, items(offset));
    }

    Page<T> page(long offset, List<T> items) {
      if (items.size() < limit) {
        return Page.last(items, OptionalLong.empty());
      }
      long nextOffset = offset + items.size();
      return Page.of(items, () -> page(nextOffset), OptionalLong.empty());
    }
  }

  /**
   * A listing paged by cursor: the first page comes from {@code first}, each next from {@code
   * next.apply(cursor)}; a page with no cursor, or with no items, is the last.
   */
  public static <T> PagedIterable<T> byCursor(
      Supplier<CursorPage<T>> first, Function<String, CursorPage<T>> next) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(next, "next");
    return new PagedIterable<>(() -> cursorPage(first.get(), next), null);
  }

  private static <T> Page<T> cursorPage(CursorPage<T> page, Function<String, CursorPage<T>> next) {
    if (page.cursor() == null || page.cursor().isEmpty() || page.items().isEmpty()) {
      return Page.last(page.items(), page.total());
    }
    String cursor = page.cursor();
    return Page.of(page.items(), () -> cursorPage(next.apply(cursor), next), page.total());
  }

  /**
   * One answer of a cursor-paged listing.
   *
   * @param items the items
   * @param cursor the cursor of the next page, or null
   * @param total the size of the whole listing, when the server said
   */
  public record CursorPage<T>(List<T> items, @Nullable String cursor, OptionalLong total) {
    /** Copies the items; a null total becomes an empty one. */
    public CursorPage {
      items = Page.immutable(items);
      total = total == null ? OptionalLong.empty() : total;
    }
  }

  /**
   * A variant of this listing with at most {@code pages} pages requested at once, fetched ahead on
   * the threads of the client that made the listing; 1 fetches each page on the caller's thread
   * when iteration reaches it.
   *
   * @param pages at least 1
   * @throws IllegalStateException when {@code pages} is more than 1 and the listing has no threads
   *     to fetch on (it was made with the static factories: use {@link #fetchAheadOn})
   */
  public PagedIterable<T> pagesInFlight(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("pagesInFlight must be at least 1, was " + pages);
    }
    if (pages > 1 && executor == null) {
      throw new IllegalStateException(
          "this listing has no threads to fetch pages ahead on: use fetchAheadOn(executor, pages)");
    }
    return new PagedIterable<>(firstPage, offsets, executor, pages);
  }

  /**
   * A variant of this listing that fetches up to {@code pages} pages at once on {@code executor}
   * (for listings made with the static factories; a client's listings use the client's threads).
   * The caller owns the executor. Fetches that the executor refuses are made on the caller's thread
   * when iteration reaches them.
   *
   * @param executor runs the fetches of pages ahead of the caller
   * @param pages at least 1
   */
  public PagedIterable<T> fetchAheadOn(Executor executor, int pages) {
    Objects.requireNonNull(executor, "executor");
    if (pages < 1) {
      throw new IllegalArgumentException("pagesInFlight must be at least 1, was " + pages);
    }
    return new PagedIterable<>(firstPage, offsets, executor, pages);
  }

  /** How many pages may be requested at once while this listing is iterated. */
  public int pagesInFlight() {
    return pagesInFlight;
  }

  /** The first page (makes one request, on the caller's thread). */
  public Page<T> firstPage() {
    return firstPage.get();
  }

  /**
   * The pages, in order, fetched as {@link #iterator()} fetches them (ahead of the caller when
   * {@link #pagesInFlight()} is more than 1). Each page's own {@link Page#next()} fetches the page
   * after it on the caller's thread.
   */
  public Iterable<Page<T>> pages() {
    return () ->
        new Iterator<>() {
          private final Pages<T> pages = newPages();
          private Page<T> fetched;
          private boolean ended;

          @Override
          public boolean hasNext() {
            if (fetched == null && !ended) {
              fetched = pages.next();
              ended = fetched == null;
            }
            return fetched != null;
          }

          @Override
          public Page<T> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Page<T> page = fetched;
            fetched = null;
            return page;
          }
        };
  }

  @Override
  public PagedIterator<T> iterator() {
    Pages<T> pages = newPages();
    return new PagedIterator<>() {
      private Page<T> page;
      private int index;
      private boolean ended;
      private boolean closed;

      @Override
      public boolean hasNext() {
        if (closed) {
          throw new IllegalStateException("this iterator is closed");
        }
        while (!ended && (page == null || index >= page.items().size())) {
          Page<T> next = pages.next(); // a failure leaves page and index as they were
          if (next == null) {
            ended = true;
            page = null;
          } else {
            page = next;
            index = 0;
          }
        }
        return !ended;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.items().get(index++);
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          page = null;
          pages.close();
        }
      }
    };
  }

  /** Every item, in order; the iterator is closed when this returns or throws. */
  @Override
  public void forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    try (PagedIterator<T> it = iterator()) {
      while (it.hasNext()) {
        action.accept(it.next());
      }
    }
  }

  /**
   * The items as a sequential stream, fetched like the iterator. Closing the stream closes the
   * iterator, cancelling the pages in flight: use it in try-with-resources when the stream may be
   * left before its end ({@code limit}, {@code findFirst}, an exception).
   */
  public Stream<T> stream() {
    PagedIterator<T> it = iterator();
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(it::close);
  }

  private Pages<T> newPages() {
    if (executor == null || pagesInFlight <= 1) {
      return new InTurn<>(firstPage);
    }
    return offsets != null
        ? new OffsetsAhead<>(offsets, executor, pagesInFlight)
        : new NextAhead<>(firstPage, executor, pagesInFlight);
  }

  /** The pages of one iteration, in order. Not thread-safe. */
  private abstract static class Pages<T> {
    /** Set when the caller was interrupted waiting for a page: the pages in flight are gone. */
    private boolean stopped;

    /**
     * The next page, or null after the last. A failure throws and leaves the position unchanged:
     * the next call asks for the same page again. After an interrupt every call throws: the listing
     * does not end as if it had been read.
     */
    final Page<T> next() {
      if (stopped) {
        throw new CancellationException(
            "this listing was stopped when its caller was interrupted waiting for a page");
      }
      return fetchNext();
    }

    abstract Page<T> fetchNext();

    /** Cancels what is in flight. */
    void close() {}

    /**
     * Stops the listing for a caller interrupted while it waited for a page, keeping the interrupt;
     * the exception to throw.
     */
    final CancellationException interrupted(InterruptedException e) {
      close();
      stopped = true;
      Thread.currentThread().interrupt();
      CancellationException cancelled =
          new CancellationException("interrupted while waiting for a page");
      cancelled.initCause(e);
      return cancelled;
    }

    static <V> V await(FutureTask<V> task, Pages<?> owner) {
      try {
        return task.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      } catch (InterruptedException e) {
        task.cancel(true); // taken from the owner's fetches: closing the owner does not reach it
        throw owner.interrupted(e);
      }
    }

    /** Starts {@code task} on {@code executor}; false when the executor refuses it. */
    static boolean start(Executor executor, FutureTask<?> task) {
      try {
        executor.execute(task);
        return true;
      } catch (RejectedExecutionException refused) {
        return false;
      }
    }
  }

  /** Each page fetched on the caller's thread when iteration reaches it. */
  private static final class InTurn<T> extends Pages<T> {
    private final Supplier<Page<T>> firstPage;
    private Page<T> current;

    InTurn(Supplier<Page<T>> firstPage) {
      this.firstPage = firstPage;
    }

    @Override
    Page<T> fetchNext() {
      if (current == null) {
        current = firstPage.get();
        return current;
      }
      if (!current.hasNext()) {
        return null;
      }
      Page<T> next = current.next();
      current = next;
      return next;
    }
  }

  /**
   * A chain of pages (each known only from the one before): one of the client's threads fetches
   * page after page, asking for the next as soon as one has arrived, and hands them over in order.
   * At most {@code pagesInFlight} pages are fetched and not yet taken by the caller, the one on its
   * way included: so the next request goes out the moment a page has arrived, without waiting for
   * the caller to take that page (a hand-over between two threads, which on a virtual machine can
   * take a millisecond, would otherwise delay every link of the chain). When the caller has taken
   * nothing for {@link #IDLE_SECONDS} (an iteration left without closing) the thread stops, and the
   * caller's next look starts it again from the last page handed over.
   */
  private static final class NextAhead<T> extends Pages<T> {
    private static final Object END = new Object();
    private static final long IDLE_SECONDS = 30;

    /** What the fetching thread hands over after a page that failed; it stops there. */
    private record Failure(Throwable thrown) {}

    private final Supplier<Page<T>> firstPage;
    private final Executor executor;
    private final BlockingQueue<Object> ready;
    private final Semaphore room;
    private volatile boolean closed;
    private Page<T> current;
    private FutureTask<Void> fetching;
    private boolean ended;

    NextAhead(Supplier<Page<T>> firstPage, Executor executor, int pagesInFlight) {
      this.firstPage = firstPage;
      this.executor = executor;
      this.ready = new ArrayBlockingQueue<>(pagesInFlight + 1); // room for the end or a failure
      this.room = new Semaphore(pagesInFlight);
    }

    @Override
    @SuppressWarnings("unchecked")
    Page<T> fetchNext() {
      if (ended) {
        return null;
      }
      if (fetching == null) {
        Page<T> from = current;
        FutureTask<Void> task = new FutureTask<>(() -> fetchFrom(from), null);
        if (!start(executor, task)) { // the executor refused: fetch here
          if (from != null && !from.hasNext()) {
            ended = true;
            return null;
          }
          current = from == null ? firstPage.get() : from.next();
          return current;
        }
        fetching = task;
      }
      Object handed;
      try {
        handed = ready.poll(100, TimeUnit.MILLISECONDS);
        while (handed == null) {
          if (fetching.isDone() && ready.isEmpty()) { // stopped while the caller was away
            fetching = null;
            return fetchNext();
          }
          handed = ready.poll(100, TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        throw interrupted(e);
      }
      if (handed == END) {
        ended = true;
        fetching = null;
        return null;
      }
      if (handed instanceof Failure failure) {
        fetching = null; // the next call asks for the same page again
        if (failure.thrown() instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) failure.thrown();
      }
      room.release();
      current = (Page<T>) handed;
      return current;
    }

    /** Runs on the client's thread: the pages after {@code from} (or from the first), in order. */
    private void fetchFrom(Page<T> from) {
      Page<T> page = from;
      try {
        while (!closed) {
          if (page != null && !page.hasNext()) {
            ready.put(END);
            return;
          }
          if (!room.tryAcquire(IDLE_SECONDS, TimeUnit.SECONDS)) {
            return; // the caller has been away too long: stop until it comes back
          }
          Page<T> next;
          try {
            next = page == null ? firstPage.get() : page.next();
          } catch (RuntimeException | Error e) {
            room.release(); // no page takes the room asked for
            if (!closed) {
              ready.put(new Failure(e));
            }
            return;
          }
          ready.put(next);
          page = next;
        }
      } catch (InterruptedException e) {
        // closed while waiting for the caller to take a page
      }
    }

    @Override
    void close() {
      closed = true;
      if (fetching != null) {
        fetching.cancel(true);
        fetching = null;
      }
      ready.clear();
      ended = true;
    }
  }

  /**
   * A listing paged by offset: the pages after the one being read are requested at once, up to the
   * pages in flight, and handed out in order.
   */
  private static final class OffsetsAhead<T> extends Pages<T> {
    private record Fetch<T>(long offset, FutureTask<List<T>> task) {}

    private final Offsets<T> offsets;
    private final Executor executor;
    private final int inFlight;
    private final ArrayDeque<Fetch<T>> fetches = new ArrayDeque<>();

    /** The offset of the next page to request. */
    private long nextOffset;

    private boolean ended;

    OffsetsAhead(Offsets<T> offsets, Executor executor, int inFlight) {
      this.offsets = offsets;
      this.executor = executor;
      this.inFlight = inFlight;
      this.nextOffset = offsets.start();
    }

    @Override
    Page<T> fetchNext() {
      if (ended) {
        return null;
      }
      fill();
      long offset;
      List<T> items;
      Fetch<T> head = fetches.pollFirst();
      if (head == null) { // the executor refused: fetch here
        offset = nextOffset;
        items = offsets.items(offset);
        nextOffset = offset + offsets.limit();
      } else {
        offset = head.offset();
        try {
          items = await(head.task(), this);
        } catch (RuntimeException | Error e) {
          cancelAll();
          nextOffset = offset; // ask for this page again on the next call
          throw e;
        }
      }
      if (items.size() < offsets.limit()) {
        ended = true;
        cancelAll();
      } else if (items.size() > offsets.limit()) {
        // More than asked for: the pages requested ahead start at the wrong offsets.
        cancelAll();
        nextOffset = offset + items.size();
      } else {
        fill(); // the next requests go out before the caller reads this page
      }
      return offsets.page(offset, items);
    }

    private void fill() {
      while (fetches.size() < inFlight) {
        long offset = nextOffset;
        FutureTask<List<T>> task = new FutureTask<>(() -> offsets.items(offset));
        if (!start(executor, task)) {
          return;
        }
        fetches.addLast(new Fetch<>(offset, task));
        nextOffset = offset + offsets.limit();
      }
    }

    private void cancelAll() {
      for (Fetch<T> fetch : fetches) {
        fetch.task().cancel(true);
      }
      fetches.clear();
    }

    @Override
    void close() {
      ended = true;
      cancelAll();
    }
  }
}
