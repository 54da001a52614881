package io.netobs.benchmarks;

import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The populators of the batch benchmark, made as they are read (a million of them held at once
 * would not fit the heap the scenario allows): criterion {@code i} gives host {@code host-i} the
 * address {@code 10.x.y.z/32}, one upsert per criterion, as a sync from a CSV file of address and
 * host name would.
 */
public final class BatchSource {
  private BatchSource() {}

  /** {@code count} upserts of one criterion each. */
  public static Stream<BatchUpsert> upserts(int count) {
    return IntStream.range(0, count).mapToObj(BatchSource::upsert);
  }

  /** Upsert {@code i}. */
  public static BatchUpsert upsert(int i) {
    String address = "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff) + "/32";
    return BatchUpsert.builder()
        .value("host-" + i)
        .criteria(Criterion.builder().addr(address).build())
        .build();
  }
}
