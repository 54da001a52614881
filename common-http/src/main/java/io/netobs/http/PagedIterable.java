package io.netobs.http;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a listing, page after page, fetched lazily: no request is made until iteration
 * starts, and a page is fetched only when iteration reaches it. Iterating a million items holds one
 * page in memory.
 *
 * <p>Each {@link #iterator()} starts again from the first page. When fetching a page fails, the
 * exception comes out of {@code hasNext()}; the iterator stays where it was, so calling {@code
 * hasNext()} again tries the same page again: no item is skipped or repeated.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final Supplier<Page<T>> firstPage;

  private PagedIterable(Supplier<Page<T>> firstPage) {
    this.firstPage = firstPage;
  }

  /**
   * A listing whose first page comes from {@code firstPage}, and each next one from the page
   * before.
   */
  public static <T> PagedIterable<T> of(Supplier<Page<T>> firstPage) {
    return new PagedIterable<>(Objects.requireNonNull(firstPage, "firstPage"));
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
    return new PagedIterable<>(() -> offsetPage(startOffset, limit, fetch));
  }

  private static <T> Page<T> offsetPage(
      long offset, int limit, BiFunction<Long, Integer, List<T>> fetch) {
    List<T> items = fetch.apply(offset, limit);
    if (items.size() < limit) {
      return Page.last(items, OptionalLong.empty());
    }
    long nextOffset = offset + items.size();
    return Page.of(items, () -> offsetPage(nextOffset, limit, fetch), OptionalLong.empty());
  }

  /**
   * A listing paged by cursor: the first page comes from {@code first}, each next from {@code
   * next.apply(cursor)}; a page with no cursor, or with no items, is the last.
   */
  public static <T> PagedIterable<T> byCursor(
      Supplier<CursorPage<T>> first, Function<String, CursorPage<T>> next) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(next, "next");
    return new PagedIterable<>(() -> cursorPage(first.get(), next));
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
      items = List.copyOf(items);
      total = total == null ? OptionalLong.empty() : total;
    }
  }

  /** The first page (makes one request). */
  public Page<T> firstPage() {
    return firstPage.get();
  }

  /** The pages, lazily, one request per page. */
  public Iterable<Page<T>> pages() {
    return () ->
        new Iterator<>() {
          private Page<T> current;
          private boolean started;

          @Override
          public boolean hasNext() {
            return !started || current.hasNext();
          }

          @Override
          public Page<T> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            current = started ? current.next() : firstPage.get();
            started = true;
            return current;
          }
        };
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Page<T> page;
      private int index;

      @Override
      public boolean hasNext() {
        if (page == null) {
          page = firstPage.get();
          index = 0;
        }
        while (index >= page.items().size()) {
          if (!page.hasNext()) {
            return false;
          }
          Page<T> nextPage = page.next(); // a failure leaves page and index as they were
          page = nextPage;
          index = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.items().get(index++);
      }
    };
  }

  /** The items as a sequential stream, fetched lazily like the iterator. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
