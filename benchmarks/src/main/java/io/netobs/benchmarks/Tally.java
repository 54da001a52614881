package io.netobs.benchmarks;

import java.util.function.Consumer;

/**
 * What a walk over a listing saw: how many items, the first and the last. Both sides of a paging
 * benchmark feed every item they decode into one, so that neither can skip work and the test can
 * compare them.
 *
 * @param <T> the item type
 */
public final class Tally<T> implements Consumer<T> {
  private long count;
  private T first;
  private T last;

  @Override
  public void accept(T item) {
    if (count++ == 0) {
      first = item;
    }
    last = item;
  }

  public long count() {
    return count;
  }

  public T first() {
    return first;
  }

  public T last() {
    return last;
  }
}
