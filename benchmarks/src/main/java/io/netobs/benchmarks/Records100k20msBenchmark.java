package io.netobs.benchmarks;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.model.RecordCursorForm;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.extrahop.request.RecordQuery;
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
 * {@code records-100k-20ms}: every one of 100,000 records of a record search, 1,000 a page, from a
 * server that takes 20 ms to answer each page: {@code POST /records/search}, then {@code POST
 * /records/cursor} with each page's cursor until a page comes back empty (101 requests). A cursor
 * chain cannot be fetched in parallel; the SDK, with the client's defaults, asks for the next page
 * while the caller reads the current one. The baseline is the sequential loop a user writes by
 * hand. Each walk is one timed operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 8)
@Measurement(iterations = 3)
public class Records100k20msBenchmark {
  @Param("100000")
  public long totalRecords;

  @Param("1000")
  public int pageSize;

  @Param("20")
  public int delayMillis;

  private LoopbackServer server;
  private ExtraHopClient sdkClient;
  private HandWrittenPaging baselineClient;

  @Setup(Level.Trial)
  public void start() {
    server =
        LoopbackServer.startDelayed(
            new PagingAnswers(0, 0, totalRecords, pageSize).prepare(pageSize),
            Duration.ofMillis(delayMillis));
    sdkClient = SdkClients.extraHop(server.baseUrl());
    baselineClient = new HandWrittenPaging(server.baseUrl(), ExtraHopAnswers.API_KEY);
  }

  @TearDown(Level.Trial)
  public void stop() {
    sdkClient.close();
    baselineClient.close();
    server.close();
  }

  @Benchmark
  public Tally<StoredRecord> sdk() {
    Tally<StoredRecord> tally = new Tally<>();
    RecordQuery query =
        RecordQuery.builder()
            .from(ExtraHopTime.ago(1, ExtraHopTime.Unit.HOURS))
            .limit(pageSize)
            .cursorForm(RecordCursorForm.BODY) // the firmware's form, known to this user
            .build();
    for (StoredRecord record : sdkClient.records().search(query)) {
      tally.accept(record);
    }
    return tally;
  }

  @Benchmark
  public Tally<StoredRecord> baseline() throws IOException {
    Tally<StoredRecord> tally = new Tally<>();
    baselineClient.forEachRecord(pageSize, tally);
    return tally;
  }
}
