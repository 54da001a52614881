package io.netobs.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.MetricStat;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The {@code tls-32-threads} and {@code metrics-10k-2ms} scenarios run once with tiny sizes, and
 * both sides come to the same result.
 */
class PoolAndFanOutScenariosRunOnceTest {

  @Test
  void tlsManyThreadsCountsTheHandshakesOfBothSides() throws Exception {
    int threads = 8;
    TlsManyThreads.Figures figures = TlsManyThreads.measure(threads, 400, 1);

    TlsManyThreads.Round sdk = figures.sdk().get(0);
    TlsManyThreads.Round baseline = figures.baseline().get(0);
    assertThat(sdk.calls()).isEqualTo(400);
    assertThat(baseline.calls()).isEqualTo(400);
    assertThat(sdk.handshakes())
        .as("the SDK's pool keeps a connection per thread")
        .isBetween(1L, (long) threads);
    assertThat(baseline.handshakes()).as("each call made over a TLS connection").isPositive();
    assertThat(TlsManyThreads.row(figures))
        .startsWith("tls-32-threads")
        .contains("handshakes per 10,000 calls: sdk ");
  }

  @Test
  void metricsFanOutGivesTheSameRowsAsThePerObjectLoop() throws Exception {
    List<Long> ids = LongStream.rangeClosed(1, 1_200).boxed().toList();
    MetricsFanOut.Answers answers = new MetricsFanOut.Answers(0);
    try (LoopbackServer server = LoopbackServer.startPassingBodies(answers);
        ExtraHopClient client = SdkClients.extraHop(server.baseUrl());
        MetricsFanOut.HandWritten handWritten =
            new MetricsFanOut.HandWritten(server.baseUrl(), ExtraHopAnswers.API_KEY)) {
      Map<Long, List<MetricStat>> sdk = MetricsFanOut.sdk(client, ids);
      assertThat(answers.requests()).as("1,200 ids, 500 a request").isEqualTo(3);
      Map<Long, List<MetricStat>> baseline = handWritten.perObject(ids);
      assertThat(answers.requests()).isEqualTo(3 + 1_200);

      assertThat(sdk).isEqualTo(baseline);
      assertThat(sdk.keySet()).containsExactlyElementsOf(ids);
      assertThat(sdk.get(700L))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.oid()).isEqualTo(700);
                assertThat(s.numberAt(0).longValue()).isEqualTo(2_100);
              });
    }
  }

  @Test
  void metricsFanOutMeasuresBothSides() throws Exception {
    MetricsFanOut.Figures figures = MetricsFanOut.measure(50, 0, 1);
    assertThat(figures.sdkRequests()).isEqualTo(1);
    assertThat(figures.baselineRequests()).isEqualTo(50);
    assertThat(MetricsFanOut.row(figures))
        .startsWith("metrics-10k-2ms")
        .contains("requests: sdk 1");
  }
}
