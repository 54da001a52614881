package io.netobs.benchmarks;

import io.netobs.kentik.BatchOperation;
import io.netobs.kentik.KentikClient;
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
 * {@code batch-1m}: a Kentik batch replacing the populators of one dimension with 1,000,000
 * criteria, cut into parts of at most 3,000,000 bytes and posted to a server in the same JVM that
 * counts and drains them, in a JVM limited to a 128 MB heap. The criteria are made as they are
 * read, the same way for both sides. Each batch is one timed operation; the median is compared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = Batch1mBenchmark.HEAP)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
public class Batch1mBenchmark {
  /** The heap limit of the scenario's JVM. */
  public static final String HEAP = "-Xmx128m";

  @Param("1000000")
  public int criteria;

  @Param("3000000")
  public int partSizeLimit;

  private LoopbackServer server;
  private KentikClient sdkClient;
  private HandWrittenKentikBatch baselineClient;

  @Setup(Level.Trial)
  public void start() {
    start(LoopbackServer.start(new KentikAnswers()));
  }

  /** Starts with a server of the caller's (tests keep the bodies to compare them). */
  public void start(LoopbackServer server) {
    this.server = server;
    sdkClient = SdkClients.kentik(server.baseUrl());
    baselineClient =
        new HandWrittenKentikBatch(server.baseUrl(), KentikAnswers.EMAIL, KentikAnswers.API_TOKEN);
  }

  @TearDown(Level.Trial)
  public void stop() {
    sdkClient.close();
    baselineClient.close();
    server.close();
  }

  @Benchmark
  public HandWrittenKentikBatch.Sent sdk() {
    BatchOperation operation =
        sdkClient
            .batch()
            .populators(KentikAnswers.DIMENSION)
            .replaceAll(true)
            .partSizeLimit(partSizeLimit)
            .upserts(BatchSource.upserts(criteria))
            .send();
    return new HandWrittenKentikBatch.Sent(
        operation.guid(), operation.partsSent(), operation.criteriaSent());
  }

  @Benchmark
  public HandWrittenKentikBatch.Sent baseline() throws IOException {
    return baselineClient.sendPopulators(
        KentikAnswers.DIMENSION, BatchSource.upserts(criteria).iterator(), true, partSizeLimit);
  }
}
