package io.netobs.http.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The items of a page whose answer has been read but not yet decoded: the answer's bytes are held,
 * and decoded on the first look at an item (or the size), on whichever thread looks. A listing that
 * fetches its next page while the caller reads the current one uses it so that the next request
 * goes out as soon as an answer has arrived, and decoding it overlaps the wait for the next.
 * Whether the page is empty is known without decoding it. A decoding failure is thrown on every
 * look. Unmodifiable; thread-safe.
 *
 * @param <T> the item type
 */
public final class DecodedLater<T> extends AbstractList<T> implements RandomAccess {
  private final boolean empty;
  private Supplier<List<T>> decode;
  private List<T> items;
  private RuntimeException failure;

  private DecodedLater(boolean empty, Supplier<List<T>> decode) {
    this.empty = empty;
    this.decode = decode;
  }

  /**
   * Items that {@code decode} makes when first needed.
   *
   * @param empty whether the answer holds no item (known without decoding it)
   * @param decode decodes the items; a failure it throws is thrown on every look
   */
  public static <T> List<T> of(boolean empty, Supplier<List<T>> decode) {
    return new DecodedLater<>(empty, decode);
  }

  private synchronized List<T> items() {
    if (items == null && failure == null) {
      try {
        items = List.copyOf(decode.get());
      } catch (RuntimeException e) {
        failure = e;
      }
      decode = null; // the answer's bytes are no longer needed
    }
    if (failure != null) {
      throw failure;
    }
    return items;
  }

  @Override
  public T get(int index) {
    return items().get(index);
  }

  @Override
  public int size() {
    return items().size();
  }

  @Override
  public boolean isEmpty() {
    return empty;
  }
}
