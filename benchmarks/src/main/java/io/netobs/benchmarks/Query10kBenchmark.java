package io.netobs.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netobs.kentik.KentikClient;
import io.netobs.kentik.model.TopXData;
import io.netobs.kentik.request.TopXQuery;
import io.netobs.kentik.request.TopXRequest;
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
 * {@code query-10k}: one Kentik top-X answer of 10,000 rows, each with a 30-point time series
 * (about 8 MB of JSON), decoded into {@link TopXData}; no delay. The SDK's {@code
 * queries().topXData(query)} against {@link HandWrittenKentikQuery}, which posts the same body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
public class Query10kBenchmark {
  @Param("10000")
  public int rows;

  @Param("30")
  public int points;

  private final TopXQuery query =
      TopXQuery.builder()
          .metric("bytes")
          .dimensions("IP_src")
          .topx(10_000)
          .lookback(Duration.ofMinutes(30))
          .build();

  private LoopbackServer server;
  private KentikClient sdkClient;
  private HandWrittenKentikQuery baselineClient;
  private byte[] body;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = LoopbackServer.start(new TopXAnswers(rows, points));
    sdkClient = SdkClients.kentik(server.baseUrl());
    baselineClient =
        new HandWrittenKentikQuery(server.baseUrl(), KentikAnswers.EMAIL, KentikAnswers.API_TOKEN);
    body = new ObjectMapper().writeValueAsBytes(TopXRequest.builder().query(query).build().toMap());
  }

  @TearDown(Level.Trial)
  public void stop() {
    sdkClient.close();
    baselineClient.close();
    server.close();
  }

  @Benchmark
  public TopXData sdk() {
    return sdkClient.queries().topXData(query);
  }

  @Benchmark
  public TopXData baseline() throws IOException {
    return baselineClient.topXData(body);
  }
}
