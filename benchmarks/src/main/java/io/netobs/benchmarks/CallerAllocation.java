package io.netobs.benchmarks;

import com.sun.management.ThreadMXBean;
import io.netobs.extrahop.ExtraHopClient;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The bytes one {@code get-one} call allocates in the calling thread, SDK and baseline, counted by
 * the JVM for that thread alone: unlike JMH's {@code gc.alloc.rate.norm}, which divides what every
 * thread allocated (the loopback server's, JMH's own) by the calls made, this figure does not move
 * with the load of the machine. Prints one line per round of 20,000 calls of each side; the first
 * rounds include the warm-up.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.netobs.benchmarks.CallerAllocation [rounds]
 * </pre>
 */
public final class CallerAllocation {
  private CallerAllocation() {}

  /** Runs {@code [rounds]} rounds (default 6). */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int calls = 20_000;
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    try (LoopbackServer server = LoopbackServer.start(new ExtraHopAnswers(0));
        ExtraHopClient sdk = SdkClients.extraHop(server.baseUrl());
        HandWrittenExtraHop baseline =
            new HandWrittenExtraHop(server.baseUrl(), ExtraHopAnswers.API_KEY)) {
      for (int round = 1; round <= rounds; round++) {
        long start = threads.getThreadAllocatedBytes(self);
        for (int i = 0; i < calls; i++) {
          sdk.deviceGroups().get(ExtraHopAnswers.GROUP_ID);
        }
        long middle = threads.getThreadAllocatedBytes(self);
        for (int i = 0; i < calls; i++) {
          baseline.deviceGroup(ExtraHopAnswers.GROUP_ID);
        }
        long end = threads.getThreadAllocatedBytes(self);
        double sdkBytes = (middle - start) / (double) calls;
        double baselineBytes = (end - middle) / (double) calls;
        System.out.printf(
            Locale.ROOT,
            "round %d: sdk %.0f B/call, baseline %.0f B/call (calling thread), sdk %+.0f B%n",
            round,
            sdkBytes,
            baselineBytes,
            sdkBytes - baselineBytes);
      }
    }
  }
}
