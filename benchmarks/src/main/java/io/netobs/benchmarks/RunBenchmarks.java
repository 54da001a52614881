package io.netobs.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the five scenarios, each with the SDK and the hand-written baseline in the same JMH run, and prints
 * one row per scenario: the median time of each, their ratio, the allocation per operation, and for the
 * scenarios with a heap limit the most heap in use after a collection.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar                     # short settings, all five (about 6 minutes on 2 cores)
 * java -jar benchmarks/target/benchmarks.jar --long              # 3 forks and more iterations (about 40 minutes)
 * java -jar benchmarks/target/benchmarks.jar --only get-one,page-1m --verbose
 * java -jar benchmarks/target/benchmarks.jar --jmh GetOne -prof stack   # any JMH command line
 * </pre>
 */
public final class RunBenchmarks {
  /** One JMH scenario: its benchmark class, its target ratio, and its longer settings. */
  record Scenario(String name, Class<?> benchmark, double target, String heap, int longWarmups, int longMeasurements) {}

  static final List<Scenario> JMH_SCENARIOS = List.of(
      new Scenario("get-one", GetOneBenchmark.class, 1.10, null, 5, 10),
      new Scenario("list-10k", List10kBenchmark.class, 1.10, null, 5, 10),
      new Scenario("page-1m", Page1mBenchmark.class, 1.10, Page1mBenchmark.HEAP, 3, 10),
      new Scenario("batch-1m", Batch1mBenchmark.class, 1.25, Batch1mBenchmark.HEAP, 5, 15));
  static final String COLD_START = "cold-start";
  static final double COLD_START_TARGET = 1.5;

  private RunBenchmarks() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = List.of(args);
    if (arguments.contains("--help") || arguments.contains("-h")) {
      System.out.println("usage: java -jar benchmarks.jar [--long] [--only get-one,list-10k,page-1m,batch-1m,cold-start] [--verbose]\n"
          + "       java -jar benchmarks.jar --jmh JMH_ARGUMENTS...");
      return;
    }
    if (!arguments.isEmpty() && arguments.get(0).equals("--jmh")) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    boolean longRun = arguments.contains("--long");
    boolean verbose = arguments.contains("--verbose");
    Set<String> only = new LinkedHashSet<>();
    int onlyAt = arguments.indexOf("--only");
    if (onlyAt >= 0 && onlyAt + 1 < arguments.size()) {
      only.addAll(Arrays.asList(arguments.get(onlyAt + 1).split(",")));
    }

    System.out.println(machine());
    System.out.println(longRun ? "Long settings: 3 forks per side." : "Short settings: 1 fork per side (use --long for steadier figures).");
    List<String> rows = new ArrayList<>();
    for (Scenario scenario : JMH_SCENARIOS) {
      if (!only.isEmpty() && !only.contains(scenario.name())) {
        continue;
      }
      System.err.println("running " + scenario.name() + " (sdk, then baseline)...");
      rows.add(row(scenario, run(scenario, longRun, verbose)));
      System.err.println(rows.get(rows.size() - 1));
    }
    if (only.isEmpty() || only.contains(COLD_START)) {
      int runs = longRun ? 30 : 10;
      System.err.println("running " + COLD_START + " (" + runs + " JVMs of each kind)...");
      ColdStart.Times times = ColdStart.measure(longRun ? 3 : 2, runs);
      rows.add(coldStartRow(times));
    }
    System.out.println();
    rows.forEach(System.out::println);
  }

  static Collection<RunResult> run(Scenario scenario, boolean longRun, boolean verbose) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(Pattern.quote(scenario.benchmark().getName()) + "\\.(sdk|baseline)$")
        .addProfiler(GCProfiler.class)
        .addProfiler(HeapAfterGcProfiler.class)
        .shouldFailOnError(true)
        .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT);
    if (longRun) {
      options.forks(3).warmupIterations(scenario.longWarmups()).measurementIterations(scenario.longMeasurements());
    }
    return new Runner(options.build()).run();
  }

  static String row(Scenario scenario, Collection<RunResult> results) {
    RunResult sdk = find(results, "sdk");
    RunResult baseline = find(results, "baseline");
    double sdkNanos = medianNanos(sdk);
    double baselineNanos = medianNanos(baseline);
    double ratio = sdkNanos / baselineNanos;
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-10s  sdk %9s  baseline %9s  ratio %.2f  alloc %10s (baseline %s)",
        scenario.name(), time(sdkNanos), time(baselineNanos), ratio, bytes(secondary(sdk, "gc.alloc.rate.norm")) + "/op",
        bytes(secondary(baseline, "gc.alloc.rate.norm")) + "/op"));
    if (scenario.heap() != null) {
      row.append(String.format(Locale.ROOT, "  heap %s: most in use after GC %.1f MB (baseline %.1f MB)", scenario.heap(),
          secondary(sdk, HeapAfterGcProfiler.AFTER_GC_MAX), secondary(baseline, HeapAfterGcProfiler.AFTER_GC_MAX)));
    }
    row.append(verdict(ratio, scenario.target()));
    return row.toString();
  }

  static String coldStartRow(ColdStart.Times times) {
    double sdk = times.sdkMedianMillis() * 1e6;
    double baseline = times.baselineMedianMillis() * 1e6;
    double ratio = sdk / baseline;
    return String.format(Locale.ROOT, "%-10s  sdk %9s  baseline %9s  ratio %.2f  (median of %d fresh JVMs each)", COLD_START, time(sdk),
        time(baseline), ratio, times.sdkNanos().length) + verdict(ratio, COLD_START_TARGET);
  }

  private static String verdict(double ratio, double target) {
    return String.format(Locale.ROOT, "  target <= %.2f %s", target, ratio <= target ? "met" : "MISSED");
  }

  private static RunResult find(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + method));
  }

  /** The median of the primary result (per call for sampled modes, per iteration for single shots), in ns. */
  static double medianNanos(RunResult result) {
    Result<?> primary = result.getPrimaryResult();
    return primary.getStatistics().getPercentile(50) * nanosPer(primary.getScoreUnit());
  }

  private static double secondary(RunResult result, String name) {
    Map<String, Result> secondary = result.getSecondaryResults();
    Result<?> r = secondary.get(name);
    return r == null ? Double.NaN : r.getScore();
  }

  private static double nanosPer(String unit) {
    String time = unit.substring(0, unit.indexOf('/'));
    return switch (time) {
      case "ns" -> 1;
      case "us" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      default -> throw new IllegalArgumentException("unexpected unit " + unit);
    };
  }

  static String time(double nanos) {
    if (nanos >= 1e9) {
      return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
    if (nanos >= 1e6) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f us", nanos / 1e3);
  }

  static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "?";
    }
    if (bytes >= 1024.0 * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }
    if (bytes >= 1024.0 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }

  static String machine() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return String.format(Locale.ROOT, "Machine: %d cores, %.1f GB memory, %s %s (%s), %s %s", Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"));
  }
}
