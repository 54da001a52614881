package io.netobs.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting the CPU time the whole forked JVM spent per operation ({@code
 * cpu.time.norm}, ns/op): the client, the loopback server, the garbage collector and the compiler
 * together. Unlike the elapsed time it does not grow while the benchmark waits for a core that
 * other work on the machine holds, so it is the steadier figure on a shared machine.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  /** The result name of the CPU time per operation, in ns. */
  public static final String CPU_TIME_NORM = "cpu.time.norm";

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuAtStart;

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuAtStart = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuAtStart;
    long ops = result.getMetadata().getAllOps();
    return List.of(
        new ScalarResult(
            CPU_TIME_NORM,
            ops == 0 ? Double.NaN : (double) cpu / ops,
            "ns/op",
            AggregationPolicy.AVG));
  }

  @Override
  public String getDescription() {
    return "CPU time of the whole JVM per operation";
  }
}
