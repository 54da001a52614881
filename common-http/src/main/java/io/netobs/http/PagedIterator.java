package io.netobs.http;

import java.util.Iterator;

/**
 * The iterator of a {@link PagedIterable}: the items in order, and {@link #close()} to stop early.
 * Pages the listing fetched ahead of the caller are requests on their way; closing the iterator
 * cancels them. An iterator left without closing wastes at most the listing's {@link
 * PagedIterable#pagesInFlight() pages in flight}, which complete and are then dropped. A caller
 * interrupted while it waits for a page gets a {@link java.util.concurrent.CancellationException}
 * (its interrupt flag set again), the pages in flight are cancelled, and every later {@code
 * hasNext()} throws one too: the listing never reads as ended when it was not. Not thread-safe.
 *
 * @param <T> the item type
 */
public interface PagedIterator<T> extends Iterator<T>, AutoCloseable {
  /**
   * Stops the iteration: cancels the pages in flight and drops the pages fetched but not yet
   * reached. Calling it again does nothing; {@code hasNext()} and {@code next()} then throw {@link
   * IllegalStateException}.
   */
  @Override
  void close();
}
