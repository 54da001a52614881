package io.netobs.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting how much heap the benchmark really needs: the most heap in use just
 * after any garbage collection ({@code heap.afterGc.max}, the live data at its peak), and the heap
 * limit of the JVM ({@code heap.limit}). Runs in the forked JVM, so the figures are those of the
 * JVM with the scenario's {@code -Xmx}.
 */
public final class HeapAfterGcProfiler implements InternalProfiler {
  /** The result name of the most heap in use after a collection, in MB. */
  public static final String AFTER_GC_MAX = "heap.afterGc.max";

  /** The result name of the heap limit, in MB. */
  public static final String LIMIT = "heap.limit";

  private static final AtomicLong MAX_AFTER_GC = new AtomicLong();
  private static volatile boolean listening;

  public HeapAfterGcProfiler() {
    listen();
  }

  private static synchronized void listen() {
    if (listening) {
      return;
    }
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    NotificationListener listener =
        (notification, handback) -> {
          if (!notification
              .getType()
              .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
          }
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = 0;
          for (Map.Entry<String, MemoryUsage> pool :
              info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
              used += pool.getValue().getUsed();
            }
          }
          MAX_AFTER_GC.accumulateAndGet(used, Math::max);
        };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
    }
    listening = true;
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    // the listener records every collection from the start
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    double mb = 1024.0 * 1024.0;
    return List.of(
        new ScalarResult(AFTER_GC_MAX, MAX_AFTER_GC.get() / mb, "MB", AggregationPolicy.MAX),
        new ScalarResult(
            LIMIT, Runtime.getRuntime().maxMemory() / mb, "MB", AggregationPolicy.MAX));
  }

  @Override
  public String getDescription() {
    return "The most heap in use after a garbage collection, and the heap limit";
  }
}
