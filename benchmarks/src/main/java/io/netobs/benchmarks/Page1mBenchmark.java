package io.netobs.benchmarks;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.request.DeviceQuery;
import java.io.IOException;
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
 * {@code page-1m}: every one of 1,000,000 devices, 1,000 a page (1,001 requests, the last answering
 * an empty page), in a JVM limited to a 64 MB heap that also holds the server (one 1,000-device
 * answer, about 0.9 MB). Each walk is one timed operation; the median of the walks is compared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = Page1mBenchmark.HEAP)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class Page1mBenchmark {
  /** The heap limit of the scenario's JVM. */
  public static final String HEAP = "-Xmx64m";

  @Param("1000000")
  public long totalDevices;

  @Param("1000")
  public int pageSize;

  private LoopbackServer server;
  private ExtraHopClient sdkClient;
  private HandWrittenExtraHop baselineClient;

  @Setup(Level.Trial)
  public void start() {
    server = LoopbackServer.start(new ExtraHopAnswers(totalDevices).prepare(pageSize));
    sdkClient = SdkClients.extraHop(server.baseUrl());
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
