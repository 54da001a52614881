package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PagedIterableTest {
  private static List<Long> range(long from, long to) {
    return LongStream.range(from, to).boxed().collect(Collectors.toList());
  }

  @Test
  void nothingIsFetchedBeforeIterationAndPagesComeOneAtATime() {
    AtomicInteger fetches = new AtomicInteger();
    PagedIterable<Long> items =
        PagedIterable.byOffset(
            0,
            10,
            (offset, limit) -> {
              fetches.incrementAndGet();
              return range(offset, Math.min(offset + limit, 25));
            });
    assertThat(fetches).hasValue(0);
    var it = items.iterator();
    it.next();
    assertThat(fetches).hasValue(1);
    for (int i = 0; i < 9; i++) {
      it.next();
    }
    assertThat(fetches).hasValue(1);
    it.next();
    assertThat(fetches).hasValue(2);
    assertThat(items.stream().count()).isEqualTo(25);
  }

  @Test
  void aFullLastPageCostsOneEmptyFetch() {
    List<Long> offsets = new ArrayList<>();
    List<Long> all =
        PagedIterable.<Long>byOffset(
                0,
                5,
                (offset, limit) -> {
                  offsets.add(offset);
                  return range(offset, Math.min(offset + limit, 10));
                })
            .stream()
            .toList();
    assertThat(all).isEqualTo(range(0, 10));
    assertThat(offsets).containsExactly(0L, 5L, 10L);
  }

  @Test
  void cursorPagingStopsWithoutACursorOrItems() {
    List<String> cursorsAsked = new ArrayList<>();
    PagedIterable<String> items =
        PagedIterable.byCursor(
            () -> new PagedIterable.CursorPage<>(List.of("a", "b"), "c1", OptionalLong.of(5)),
            cursor -> {
              cursorsAsked.add(cursor);
              return switch (cursor) {
                case "c1" ->
                    new PagedIterable.CursorPage<>(List.of("c", "d"), "c2", OptionalLong.of(5));
                case "c2" -> new PagedIterable.CursorPage<>(List.of("e"), null, OptionalLong.of(5));
                default -> throw new AssertionError(cursor);
              };
            });
    assertThat(items).containsExactly("a", "b", "c", "d", "e");
    assertThat(cursorsAsked).containsExactly("c1", "c2");
    assertThat(items.firstPage().total()).hasValue(5);
    assertThat(items.pages()).extracting(p -> p.items().size()).containsExactly(2, 2, 1);
  }

  @Test
  void aFailedPageIsTriedAgainWithoutSkippingOrRepeatingItems() {
    AtomicInteger failuresLeft = new AtomicInteger(1);
    PagedIterable<Long> items =
        PagedIterable.byOffset(
            0,
            3,
            (offset, limit) -> {
              if (offset == 3 && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("page 2 failed");
              }
              return range(offset, Math.min(offset + limit, 8));
            });
    var it = items.iterator();
    List<Long> seen = new ArrayList<>();
    seen.add(it.next());
    seen.add(it.next());
    seen.add(it.next());
    assertThatThrownBy(it::hasNext).hasMessage("page 2 failed");
    it.forEachRemaining(seen::add);
    assertThat(seen).isEqualTo(range(0, 8));
  }

  @Test
  void aMillionItemsWithoutKeepingPagesThatWereLeft() {
    List<WeakReference<List<Long>>> pages = new ArrayList<>();
    PagedIterable<Long> items =
        PagedIterable.byOffset(
            0,
            1000,
            (offset, limit) -> {
              List<Long> page = offset >= 1_000_000 ? List.of() : range(offset, offset + limit);
              pages.add(new WeakReference<>(page));
              return page;
            });
    long count = 0;
    long sum = 0;
    for (long item : items) {
      count++;
      sum += item;
    }
    assertThat(count).isEqualTo(1_000_000);
    assertThat(sum).isEqualTo(999_999L * 1_000_000L / 2);
    for (int i = 0; i < 5 && pages.get(0).get() != null; i++) {
      System.gc();
    }
    assertThat(pages.get(0).get())
        .as("the first page is collectable once iteration has moved on")
        .isNull();
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> PagedIterable.byOffset(0, 0, (o, l) -> List.of()))
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> PagedIterable.byOffset(-1, 10, (o, l) -> List.of()))
        .hasMessageContaining("offset");
    assertThatThrownBy(() -> Page.last(List.of(), OptionalLong.empty()).next())
        .isInstanceOf(NoSuchElementException.class);
  }
}
