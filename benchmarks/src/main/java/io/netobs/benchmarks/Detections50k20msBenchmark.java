package io.netobs.benchmarks;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.Detection;
import io.netobs.extrahop.request.DetectionQuery;
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
 * {@code detections-50k-20ms}: every one of 50,000 detections of a detection search ({@code POST
 * /detections/search}), 1,000 a page, from a server that takes 20 ms to answer each page. The SDK
 * iterates {@code client.detections().search(query)} with the client's default pages in flight; the
 * baseline is the sequential loop a user writes by hand. Each walk is one timed operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 8)
@Measurement(iterations = 3)
public class Detections50k20msBenchmark {
  @Param("50000")
  public long totalDetections;

  @Param("1000")
  public int pageSize;

  @Param("20")
  public int delayMillis;

  private LoopbackServer server;
  private ExtraHopClient sdkClient;
  private HandWrittenPaging baselineClient;

  /** The SDK client's pages in flight; 0 for its default. */
  protected int pagesInFlight() {
    return 0;
  }

  @Setup(Level.Trial)
  public void start() {
    server =
        LoopbackServer.startDelayed(
            new PagingAnswers(0, totalDetections, 0, pageSize).prepare(pageSize),
            Duration.ofMillis(delayMillis));
    sdkClient =
        pagesInFlight() == 0
            ? SdkClients.extraHop(server.baseUrl())
            : SdkClients.extraHop(server.baseUrl(), pagesInFlight());
    baselineClient = new HandWrittenPaging(server.baseUrl(), ExtraHopAnswers.API_KEY);
  }

  @TearDown(Level.Trial)
  public void stop() {
    sdkClient.close();
    baselineClient.close();
    server.close();
  }

  @Benchmark
  public Tally<Detection> sdk() {
    Tally<Detection> tally = new Tally<>();
    for (Detection detection :
        sdkClient.detections().search(DetectionQuery.builder().pageSize(pageSize).build())) {
      tally.accept(detection);
    }
    return tally;
  }

  @Benchmark
  public Tally<Detection> baseline() throws IOException {
    Tally<Detection> tally = new Tally<>();
    baselineClient.forEachDetection(pageSize, tally);
    return tally;
  }
}
