package io.netobs.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
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
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the scenarios and prints one row per scenario: the median time of the SDK and of the
 * hand-written baseline, their ratio, the allocation per operation, and for the scenarios with a
 * heap limit the most heap in use after a collection.
 *
 * <p>The machine may be busy with other work, which would skew a comparison of two runs made
 * minutes apart. So each scenario runs in rounds: a round is one JMH run of the SDK and one of the
 * baseline, each in a fresh fork, back to back, the order alternating from round to round. A side's
 * time is the median of its rounds' medians, and the ratio is the median of the rounds' ratios.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar                     # short settings, every scenario
 * java -jar benchmarks/target/benchmarks.jar --long              # three times the rounds, longer iterations
 * java -jar benchmarks/target/benchmarks.jar --only get-one,page-1m --verbose
 * java -jar benchmarks/target/benchmarks.jar --jmh GetOne -prof stack   # any JMH command line
 * </pre>
 */
public final class RunBenchmarks {
  /**
   * One JMH scenario: its benchmark class, its target ratio, the heap limit of its forks (or null),
   * and its short settings: rounds, and per fork the warm-up and measurement iterations and the
   * seconds of each (timed modes only).
   */
  record Scenario(
      String name,
      Class<?> benchmark,
      double target,
      String heap,
      int rounds,
      int warmups,
      int measurements,
      int iterationSeconds) {}

  static final List<Scenario> JMH_SCENARIOS =
      List.of(
          // A busy 2-core machine needs about 5 s before the compiled code settles: hence the
          // warm-ups. A
          // get-one fork's median moves by up to 15% from one JVM to the next (what the JIT made of
          // the shared
          // OkHttp and Jackson code), so get-one gets more rounds.
          new Scenario("get-one", GetOneBenchmark.class, 1.10, null, 6, 6, 3, 1),
          new Scenario("list-10k", List10kBenchmark.class, 1.10, null, 4, 5, 4, 1),
          new Scenario("page-1m", Page1mBenchmark.class, 1.10, Page1mBenchmark.HEAP, 3, 1, 3, 0),
          new Scenario("batch-1m", Batch1mBenchmark.class, 1.25, Batch1mBenchmark.HEAP, 4, 2, 4, 0),
          // A server that takes 20 ms per page: the SDK's pages in flight against the
          // sequential loop a user writes. Each walk takes one to three seconds. Eight warm-up
          // walks a fork: with pages decoded on several threads at once, the compiler threads
          // share 2 cores with them, and a walk settles only after six or seven walks (the
          // first of detections-50k-20ms-4 takes four times as long as the eighth).
          new Scenario("page-100k-20ms", Page100k20msBenchmark.class, 0.85, null, 3, 8, 3, 0),
          new Scenario(
              "page-100k-20ms-4", Page100k20msFourInFlightBenchmark.class, 0.35, null, 3, 8, 3, 0),
          new Scenario(
              "detections-50k-20ms", Detections50k20msBenchmark.class, 0.85, null, 3, 8, 3, 0),
          new Scenario(
              "detections-50k-20ms-4",
              Detections50k20msFourInFlightBenchmark.class,
              0.35,
              null,
              3,
              8,
              3,
              0),
          new Scenario("records-100k-20ms", Records100k20msBenchmark.class, 0.90, null, 3, 8, 3, 0),
          new Scenario("query-10k", Query10kBenchmark.class, 1.10, null, 4, 5, 4, 1));
  static final String COLD_START = "cold-start";
  static final double COLD_START_TARGET = 1.5;
  static final List<String> SIDES = List.of("sdk", "baseline");

  private RunBenchmarks() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = List.of(args);
    if (arguments.contains("--help") || arguments.contains("-h")) {
      System.out.println(
          "usage: java -jar benchmarks.jar [--long] [--only get-one,list-10k,page-1m,batch-1m,cold-start,page-100k-20ms,page-100k-20ms-4,detections-50k-20ms,detections-50k-20ms-4,records-100k-20ms,query-10k,tls-32-threads,metrics-10k-2ms] [--verbose]\n"
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
    System.out.println(
        longRun
            ? "Long settings: three times the rounds, longer iterations."
            : "Short settings (use --long for steadier figures).");
    List<String> rows = new ArrayList<>();
    for (Scenario scenario : JMH_SCENARIOS) {
      if (!only.isEmpty() && !only.contains(scenario.name())) {
        continue;
      }
      int rounds = longRun ? scenario.rounds() * 3 : scenario.rounds();
      Map<String, List<RunResult>> results = new LinkedHashMap<>();
      for (int round = 0; round < rounds; round++) {
        System.err.println(scenario.name() + ": round " + (round + 1) + " of " + rounds);
        List<String> order = round % 2 == 0 ? SIDES : List.of("baseline", "sdk");
        for (String side : order) {
          results
              .computeIfAbsent(side, s -> new ArrayList<>())
              .add(run(scenario, side, longRun, verbose));
        }
      }
      rows.add(row(scenario, results.get("sdk"), results.get("baseline")));
      System.err.println(rows.get(rows.size() - 1));
    }
    if (only.isEmpty() || only.contains(TlsManyThreads.NAME)) {
      System.err.println(TlsManyThreads.NAME + ": 32 threads, 10,000 calls a round");
      rows.add(TlsManyThreads.row(TlsManyThreads.measure(32, 10_000, longRun ? 15 : 5)));
    }
    if (only.isEmpty() || only.contains(MetricsFanOut.NAME)) {
      System.err.println(MetricsFanOut.NAME + ": 10,000 devices, 2 ms per answer");
      rows.add(MetricsFanOut.row(MetricsFanOut.measure(10_000, 2, longRun ? 9 : 3)));
    }
    if (only.isEmpty() || only.contains(COLD_START)) {
      int runs = longRun ? 30 : 10;
      System.err.println(COLD_START + ": " + runs + " JVMs of each kind");
      ColdStart.Times times = ColdStart.measure(longRun ? 3 : 2, runs);
      rows.add(coldStartRow(times));
    }
    System.out.println();
    rows.forEach(System.out::println);
  }

  /** One fork of one side of a scenario. */
  static RunResult run(Scenario scenario, String side, boolean longRun, boolean verbose)
      throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(Pattern.quote(scenario.benchmark().getName()) + "\\." + side + "$")
            .forks(1)
            .warmupIterations(scenario.warmups())
            .measurementIterations(longRun ? scenario.measurements() * 2 : scenario.measurements())
            .addProfiler(GCProfiler.class)
            .addProfiler(HeapAfterGcProfiler.class)
            .addProfiler(CpuTimeProfiler.class)
            .shouldFailOnError(true)
            .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT);
    if (scenario.iterationSeconds() > 0) {
      TimeValue time =
          TimeValue.seconds(
              longRun ? scenario.iterationSeconds() * 2L : scenario.iterationSeconds());
      options.warmupTime(time).measurementTime(time);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    if (results.size() != 1) {
      throw new IllegalStateException(
          "expected one result for " + scenario.name() + " " + side + ", got " + results.size());
    }
    return results.iterator().next();
  }

  static String row(Scenario scenario, List<RunResult> sdk, List<RunResult> baseline) {
    double[] sdkNanos = sdk.stream().mapToDouble(RunBenchmarks::medianNanos).toArray();
    double[] baselineNanos = baseline.stream().mapToDouble(RunBenchmarks::medianNanos).toArray();
    double[] ratios = new double[sdkNanos.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = sdkNanos[i] / baselineNanos[i];
    }
    double ratio = median(ratios);
    StringBuilder row =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-10s  sdk %9s  baseline %9s  ratio %.2f  alloc %10s (baseline %s)",
                scenario.name(),
                time(median(sdkNanos)),
                time(median(baselineNanos)),
                ratio,
                bytes(mean(sdk, "gc.alloc.rate.norm")) + "/op",
                bytes(mean(baseline, "gc.alloc.rate.norm")) + "/op"));
    double[] cpuRatios = new double[sdk.size()];
    for (int i = 0; i < cpuRatios.length; i++) {
      cpuRatios[i] =
          secondary(sdk.get(i), CpuTimeProfiler.CPU_TIME_NORM)
              / secondary(baseline.get(i), CpuTimeProfiler.CPU_TIME_NORM);
    }
    row.append(
        String.format(
            Locale.ROOT,
            "  cpu %s/op (baseline %s/op, ratio %.2f)",
            time(median(sdk, CpuTimeProfiler.CPU_TIME_NORM)),
            time(median(baseline, CpuTimeProfiler.CPU_TIME_NORM)),
            median(cpuRatios)));
    if (scenario.heap() != null) {
      row.append(
          String.format(
              Locale.ROOT,
              "  heap %s: most in use after GC %.1f MB (baseline %.1f MB)",
              scenario.heap(),
              max(sdk, HeapAfterGcProfiler.AFTER_GC_MAX),
              max(baseline, HeapAfterGcProfiler.AFTER_GC_MAX)));
    }
    Arrays.sort(ratios);
    row.append(
        String.format(
            Locale.ROOT,
            "  rounds %d, ratios %.2f-%.2f",
            ratios.length,
            ratios[0],
            ratios[ratios.length - 1]));
    row.append(verdict(ratio, scenario.target()));
    return row.toString();
  }

  static String coldStartRow(ColdStart.Times times) {
    double sdk = times.sdkMedianMillis() * 1e6;
    double baseline = times.baselineMedianMillis() * 1e6;
    double ratio = sdk / baseline;
    return String.format(
            Locale.ROOT,
            "%-10s  sdk %9s  baseline %9s  ratio %.2f  (median of %d fresh JVMs each)",
            COLD_START,
            time(sdk),
            time(baseline),
            ratio,
            times.sdkNanos().length)
        + verdict(ratio, COLD_START_TARGET);
  }

  private static String verdict(double ratio, double target) {
    return String.format(
        Locale.ROOT, "  target <= %.2f %s", target, ratio <= target ? "met" : "MISSED");
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double median(List<RunResult> results, String secondary) {
    return median(results.stream().mapToDouble(r -> secondary(r, secondary)).toArray());
  }

  private static double mean(List<RunResult> results, String secondary) {
    return results.stream().mapToDouble(r -> secondary(r, secondary)).average().orElse(Double.NaN);
  }

  private static double max(List<RunResult> results, String secondary) {
    return results.stream().mapToDouble(r -> secondary(r, secondary)).max().orElse(Double.NaN);
  }

  /**
   * The median of the primary result (per call for sampled modes, per iteration for single shots),
   * in ns.
   */
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
    return String.format(
        Locale.ROOT,
        "Machine: %d cores, %.1f GB memory, %s %s (%s), %s %s",
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }
}
