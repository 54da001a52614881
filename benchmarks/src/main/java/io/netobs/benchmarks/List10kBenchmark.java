package io.netobs.benchmarks;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.request.DeviceQuery;
import java.io.IOException;
import java.util.List;
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
 * {@code list-10k}: {@code GET /devices?limit=10000&offset=0}, one answer of 10,000 devices (about
 * 9 MB of JSON) decoded into {@link Device} records. The SDK call is the first page of a listing of
 * that page size, which is one request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
public class List10kBenchmark {
  @Param("10000")
  public int devices;

  private LoopbackServer server;
  private ExtraHopClient sdkClient;
  private HandWrittenExtraHop baselineClient;

  @Setup(Level.Trial)
  public void start() {
    server = LoopbackServer.start(new ExtraHopAnswers(devices).prepare(devices));
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
  public List<Device> sdk() {
    return sdkClient
        .devices()
        .list(DeviceQuery.builder().pageSize(devices).build())
        .firstPage()
        .items();
  }

  @Benchmark
  public List<Device> baseline() throws IOException {
    return baselineClient.devices(0, devices);
  }
}
