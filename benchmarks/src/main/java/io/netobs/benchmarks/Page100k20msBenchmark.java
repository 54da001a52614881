package io.netobs.benchmarks;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.request.DeviceQuery;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code page-100k-20ms}: every one of 100,000 devices, 1,000 a page, from a server that takes 20
 * ms to answer each page (101 requests, the last answering an empty page). The SDK walks the
 * listing with the client's default pages in flight; the baseline is the sequential loop a user
 * writes by hand, which waits for each page in turn. Each walk is one timed operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 8)
@Measurement(iterations = 3)
public class Page100k20msBenchmark {
  @Param("100000")
  public long totalDevices;

  @Param("1000")
  public int pageSize;

  @Param("20")
  public int delayMillis;

  private LoopbackServer server;
  private ExtraHopClient sdkClient;
  private HandWrittenExtraHop baselineClient;

  /** The SDK client's pages in flight; 0 for its default. */
  protected int pagesInFlight() {
    return 0;
  }

  @Setup(Level.Trial)
  public void start() {
    server =
        LoopbackServer.startDelayed(
            new PagingAnswers(totalDevices, 0, 0, pageSize).prepare(pageSize),
            Duration.ofMillis(delayMillis));
    sdkClient =
        pagesInFlight() == 0
            ? SdkClients.extraHop(server.baseUrl())
            : SdkClients.extraHop(server.baseUrl(), pagesInFlight());
    baselineClient = new HandWrittenExtraHop(server.baseUrl(), ExtraHopAnswers.API_KEY);
  }

  @TearDown(Level.Trial)
  public void stop() {
    sdkClient.close();
    baselineClient.close();
    server.close();
  }

  @Benchmark
  public DeviceTally sdk() {
    DeviceTally tally = new DeviceTally();
    for (Device device :
        sdkClient.devices().list(DeviceQuery.builder().pageSize(pageSize).build())) {
      tally.accept(device);
    }
    return tally;
  }

  @Benchmark
  public DeviceTally baseline() throws IOException {
    DeviceTally tally = new DeviceTally();
    baselineClient.forEachDevice(pageSize, tally);
    return tally;
  }
}
