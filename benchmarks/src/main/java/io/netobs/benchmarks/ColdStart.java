package io.netobs.benchmarks;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.DeviceGroup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code cold-start}: a new JVM that builds a client and makes one call ({@code GET
 * /devicegroups/151}), then exits; the SDK against the hand-written baseline. The parent starts
 * {@code runs} JVMs of each kind, alternating which goes first, after {@code warmups} of each that
 * are not counted (to load the JDK and the jar into the file cache), and times each from process
 * start to exit.
 *
 * <p>{@code main} is the child: {@code java -cp benchmarks.jar io.netobs.benchmarks.ColdStart
 * sdk|baseline SERVER_URL}.
 */
public final class ColdStart {
  /** The kinds of child. */
  public static final String SDK = "sdk";

  public static final String BASELINE = "baseline";

  /** The times of each kind's runs, in nanoseconds. */
  public record Times(long[] sdkNanos, long[] baselineNanos) {
    public double sdkMedianMillis() {
      return medianMillis(sdkNanos);
    }

    public double baselineMedianMillis() {
      return medianMillis(baselineNanos);
    }

    private static double medianMillis(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
      return median / 1e6;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !(args[0].equals(SDK) || args[0].equals(BASELINE))) {
      System.err.println("usage: ColdStart sdk|baseline SERVER_URL");
      System.exit(2);
    }
    DeviceGroup group = call(args[0], args[1]);
    System.out.println(group.id() + " " + group.name());
  }

  /** What the child does: build the client of {@code kind}, make the call, close the client. */
  public static DeviceGroup call(String kind, String serverUrl) throws IOException {
    if (kind.equals(SDK)) {
      try (ExtraHopClient client = SdkClients.extraHop(serverUrl)) {
        return client.deviceGroups().get(ExtraHopAnswers.GROUP_ID);
      }
    }
    try (HandWrittenExtraHop client = new HandWrittenExtraHop(serverUrl, ExtraHopAnswers.API_KEY)) {
      return client.deviceGroup(ExtraHopAnswers.GROUP_ID);
    }
  }

  /** Times {@code runs} fresh JVMs of each kind against a server of this JVM. */
  public static Times measure(int warmups, int runs) throws IOException, InterruptedException {
    try (LoopbackServer server = LoopbackServer.start(new ExtraHopAnswers(0))) {
      List<Long> sdk = new ArrayList<>();
      List<Long> baseline = new ArrayList<>();
      for (int i = 0; i < warmups + runs; i++) {
        boolean sdkFirst = i % 2 == 0;
        long first = timeChild(sdkFirst ? SDK : BASELINE, server.baseUrl());
        long second = timeChild(sdkFirst ? BASELINE : SDK, server.baseUrl());
        if (i >= warmups) {
          sdk.add(sdkFirst ? first : second);
          baseline.add(sdkFirst ? second : first);
        }
      }
      return new Times(
          sdk.stream().mapToLong(Long::longValue).toArray(),
          baseline.stream().mapToLong(Long::longValue).toArray());
    }
  }

  /**
   * Runs one child JVM and returns its time from start to exit; fails when it does not print the
   * group.
   */
  static long timeChild(String kind, String serverUrl) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ColdStart.class.getName(),
                kind,
                serverUrl)
            .redirectErrorStream(true);
    long started = System.nanoTime();
    Process process = builder.start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int exit = process.waitFor();
    long elapsed = System.nanoTime() - started;
    if (exit != 0 || !output.startsWith(ExtraHopAnswers.GROUP_ID + " ")) {
      throw new IllegalStateException(
          "the " + kind + " cold start failed (exit " + exit + "): " + output.strip());
    }
    return elapsed;
  }
}
