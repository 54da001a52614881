package io.netobs.benchmarks;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.DeviceGroup;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code get-one}: {@code GET /devicegroups/151} on a kept-alive connection, a 300-byte JSON answer
 * decoded into a {@link DeviceGroup}. Sampled per call; the median is compared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class GetOneBenchmark {
  private LoopbackServer server;
  private ExtraHopClient sdkClient;
  private HandWrittenExtraHop baselineClient;

  @Setup(Level.Trial)
  public void start() {
    server = LoopbackServer.start(new ExtraHopAnswers(0));
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
  public DeviceGroup sdk() {
    return sdkClient.deviceGroups().get(ExtraHopAnswers.GROUP_ID);
  }

  @Benchmark
  public DeviceGroup baseline() throws IOException {
    return baselineClient.deviceGroup(ExtraHopAnswers.GROUP_ID);
  }
}
