package io.netobs.http;

import io.netobs.http.internal.DecodedLater;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * One page of a listing: its items, and the way to the next page. A page holds no reference to the
 * pages before it, so a caller walking a long listing keeps one page in memory.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final Supplier<Page<T>> next;
  private final OptionalLong total;

  private Page(List<T> items, Supplier<Page<T>> next, OptionalLong total) {
    this.items = immutable(items);
    this.next = next;
    this.total = total;
  }

  /** The items as an unmodifiable list, copied unless they already are one that decodes later. */
  static <T> List<T> immutable(List<T> items) {
    return items instanceof DecodedLater<T> ? items : List.copyOf(items);
  }

  /** A page after which there is another, fetched by {@code next} when asked for. */
  public static <T> Page<T> of(List<T> items, Supplier<Page<T>> next, OptionalLong total) {
    return new Page<>(items, Objects.requireNonNull(next, "next"), total);
  }

  /** The last page. */
  public static <T> Page<T> last(List<T> items, OptionalLong total) {
    return new Page<>(items, null, total);
  }

  /** The items of this page, in the server's order. */
  public List<T> items() {
    return items;
  }

  /** Whether there may be a page after this one (the next one can still turn out empty). */
  public boolean hasNext() {
    return next != null;
  }

  /**
   * Fetches the next page.
   *
   * @throws NoSuchElementException on the last page
   */
  public Page<T> next() {
    if (next == null) {
      throw new NoSuchElementException("this is the last page");
    }
    return next.get();
  }

  /** The number of items in the whole listing, when the server said. */
  public OptionalLong total() {
    return total;
  }

  @Override
  public String toString() {
    return "Page["
        + items.size()
        + " items, hasNext="
        + hasNext()
        + (total.isPresent() ? ", total=" + total.getAsLong() : "")
        + "]";
  }
}
