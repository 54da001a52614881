package io.netobs.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netobs.extrahop.model.Detection;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.kentik.model.TopXData;
import io.netobs.kentik.model.TopXRow;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark method runs once, with tiny sizes, and the SDK and the baseline come to the same
 * result: the benchmarks compare like with like. (The benchmarks themselves never run in the test
 * command.)
 */
class EachScenarioRunsOnceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void getOneDecodesTheSameDeviceGroupBothWays() throws IOException {
    GetOneBenchmark benchmark = new GetOneBenchmark();
    benchmark.start();
    try {
      DeviceGroup sdk = benchmark.sdk();
      DeviceGroup baseline = benchmark.baseline();

      assertThat(sdk).isEqualTo(baseline);
      assertThat(sdk.id()).isEqualTo(ExtraHopAnswers.GROUP_ID);
      assertThat(sdk.name()).isEqualTo("FTP Servers");
      assertThat(sdk.modTime()).isEqualTo(Instant.ofEpochMilli(1_448_910_028_000L));
      assertThat(sdk.unknownFields()).containsEntry("editors", List.of("admin"));
    } finally {
      benchmark.stop();
    }
  }

  @Test
  void list10kDecodesTheSameDevicesBothWays() throws IOException {
    List10kBenchmark benchmark = new List10kBenchmark();
    benchmark.devices = 50;
    benchmark.start();
    try {
      List<Device> sdk = benchmark.sdk();
      List<Device> baseline = benchmark.baseline();

      assertThat(sdk).hasSize(50).isEqualTo(baseline);
      Device first = sdk.get(0);
      assertThat(first.id()).isEqualTo(10_000);
      assertThat(first.modTime()).isEqualTo(Instant.ofEpochMilli(1_763_894_346_504L));
      assertThat(first.ipaddr4()).isEqualTo("10.0.0.0");
      assertThat(first.activity()).containsExactly("extrahop.device.net", "extrahop.device.tcp");
      assertThat(first.unknownFields()).isEmpty();
      assertThat(sdk.get(49).displayName()).isEqualTo("Cisco 10.0.0.49");
    } finally {
      benchmark.stop();
    }
  }

  @Test
  void page1mWalksTheSameDevicesBothWays() throws IOException {
    Page1mBenchmark benchmark = new Page1mBenchmark();
    benchmark.totalDevices = 2_500;
    benchmark.pageSize = 1_000;
    benchmark.start();
    try {
      DeviceTally sdk = benchmark.sdk();
      DeviceTally baseline = benchmark.baseline();

      assertThat(sdk.count()).isEqualTo(2_500).isEqualTo(baseline.count());
      assertThat(sdk.first()).isEqualTo(baseline.first());
      assertThat(sdk.last()).isEqualTo(baseline.last());
      assertThat(sdk.first().id()).isEqualTo(10_000);
      assertThat(sdk.last().id()).isEqualTo(10_499); // the last page holds 500 devices
    } finally {
      benchmark.stop();
    }
  }

  @Test
  void page100k20msWalksTheSameDevicesBothWaysWithTheDefaultAndFourPagesInFlight()
      throws IOException {
    for (Page100k20msBenchmark benchmark :
        List.of(new Page100k20msBenchmark(), new Page100k20msFourInFlightBenchmark())) {
      benchmark.totalDevices = 2_500;
      benchmark.pageSize = 1_000;
      benchmark.delayMillis = 1;
      benchmark.start();
      try {
        DeviceTally sdk = benchmark.sdk();
        DeviceTally baseline = benchmark.baseline();

        assertThat(sdk.count()).isEqualTo(2_500).isEqualTo(baseline.count());
        assertThat(sdk.first()).isEqualTo(baseline.first());
        assertThat(sdk.last()).isEqualTo(baseline.last());
        assertThat(sdk.last().id()).isEqualTo(10_499);
      } finally {
        benchmark.stop();
      }
    }
  }

  @Test
  void detections50k20msWalksTheSameDetectionsBothWaysWithTheDefaultAndFourPagesInFlight()
      throws IOException {
    for (Detections50k20msBenchmark benchmark :
        List.of(new Detections50k20msBenchmark(), new Detections50k20msFourInFlightBenchmark())) {
      benchmark.totalDetections = 2_500;
      benchmark.pageSize = 1_000;
      benchmark.delayMillis = 1;
      benchmark.start();
      try {
        Tally<Detection> sdk = benchmark.sdk();
        Tally<Detection> baseline = benchmark.baseline();

        assertThat(sdk.count()).isEqualTo(2_500).isEqualTo(baseline.count());
        assertThat(sdk.first()).isEqualTo(baseline.first());
        assertThat(sdk.last()).isEqualTo(baseline.last());
        assertThat(sdk.first().id()).isEqualTo(500_000);
        assertThat(sdk.first().participants()).hasSize(2);
        assertThat(sdk.first().mitreTechniques().get(0).id()).isEqualTo("T1087");
        assertThat(sdk.last().id()).isEqualTo(500_499); // the last page holds 500
      } finally {
        benchmark.stop();
      }
    }
  }

  @Test
  void records100k20msFollowsTheSameCursorChainBothWays() throws IOException {
    Records100k20msBenchmark benchmark = new Records100k20msBenchmark();
    benchmark.totalRecords = 2_500;
    benchmark.pageSize = 1_000;
    benchmark.delayMillis = 1;
    benchmark.start();
    try {
      Tally<StoredRecord> sdk = benchmark.sdk();
      Tally<StoredRecord> baseline = benchmark.baseline();

      assertThat(sdk.count()).isEqualTo(2_500).isEqualTo(baseline.count());
      assertThat(sdk.first()).isEqualTo(baseline.first());
      assertThat(sdk.last()).isEqualTo(baseline.last());
      assertThat(sdk.first().id()).isEqualTo("AZr0000000000000");
      assertThat(sdk.first().source()).containsEntry("method", "POST").containsKey("client");
      assertThat(sdk.last().id()).isEqualTo("AZr0000000000499");
    } finally {
      benchmark.stop();
    }
  }

  @Test
  void query10kDecodesTheSameRowsAndSeriesBothWays() throws IOException {
    Query10kBenchmark benchmark = new Query10kBenchmark();
    benchmark.rows = 50;
    benchmark.points = 3;
    benchmark.start();
    try {
      TopXData sdk = benchmark.sdk();
      TopXData baseline = benchmark.baseline();

      assertThat(sdk).isEqualTo(baseline);
      assertThat(sdk.results()).hasSize(1);
      List<TopXRow> rows = sdk.results().get(0).data();
      assertThat(rows).hasSize(50);
      TopXRow last = rows.get(49);
      assertThat(last.key()).isEqualTo("10.0.0.49");
      assertThat(last.values()).containsEntry("max_bits_per_sec", 3_649.0);
      assertThat(last.unknownFields()).containsEntry("inet_src_addr", "10.0.0.49");
      assertThat(last.timeSeries().get("both_bits_per_sec").flow())
          .hasSize(3)
          .first()
          .extracting(p -> p.time().toEpochMilli())
          .isEqualTo(1_735_725_600_000L);
    } finally {
      benchmark.stop();
    }
  }

  @Test
  void batch1mSendsTheSameCriteriaInPartsUnderTheLimitBothWays() throws IOException {
    Batch1mBenchmark benchmark = new Batch1mBenchmark();
    benchmark.criteria = 3_000;
    benchmark.partSizeLimit = 64 * 1024;
    LoopbackServer server = LoopbackServer.startKeepingBodies(new KentikAnswers());
    benchmark.start(server);
    try {
      HandWrittenKentikBatch.Sent sdk = benchmark.sdk();
      List<byte[]> sdkParts = server.keptBodies();
      server.resetCounts();
      HandWrittenKentikBatch.Sent baseline = benchmark.baseline();
      List<byte[]> baselineParts = server.keptBodies();

      assertThat(sdk.guid()).isEqualTo(KentikAnswers.GUID).isEqualTo(baseline.guid());
      assertThat(sdk.criteria()).isEqualTo(3_000).isEqualTo(baseline.criteria());
      assertThat(sdkParts).hasSize(sdk.parts());
      assertThat(baselineParts).hasSize(baseline.parts());
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 3_000; i++) {
        var upsert = BatchSource.upsert(i);
        expected.add(
            upsert.value()
                + " "
                + upsert.criteria().get(0).fields().values().iterator().next().get(0));
      }
      assertThat(criteriaSent(sdkParts, benchmark.partSizeLimit)).isEqualTo(expected);
      assertThat(criteriaSent(baselineParts, benchmark.partSizeLimit)).isEqualTo(expected);
    } finally {
      benchmark.stop();
    }
  }

  @Test
  void coldStartMakesTheSameCallBothWaysInProcessAndInFreshJvms() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(new ExtraHopAnswers(0))) {
      assertThat(ColdStart.call(ColdStart.SDK, server.baseUrl()))
          .isEqualTo(ColdStart.call(ColdStart.BASELINE, server.baseUrl()));
    }

    ColdStart.Times times =
        ColdStart.measure(0, 1); // one fresh JVM of each kind, which must print the group

    assertThat(times.sdkNanos()).hasSize(1);
    assertThat(times.baselineNanos()).hasSize(1);
    assertThat(times.sdkMedianMillis()).isPositive();
  }

  /**
   * Checks the framing of the parts (under the limit, guid from the second on, only the last
   * complete, replace_all on every part) and returns each criterion as "value address", in order.
   */
  private static List<String> criteriaSent(List<byte[]> parts, int limit) throws IOException {
    List<String> sent = new ArrayList<>();
    assertThat(parts).hasSizeGreaterThan(1);
    for (int i = 0; i < parts.size(); i++) {
      assertThat(parts.get(i).length).isLessThanOrEqualTo(limit);
      JsonNode part = JSON.readTree(parts.get(i));
      assertThat(part.get("replace_all").asBoolean()).isTrue();
      assertThat(part.get("complete").asBoolean()).isEqualTo(i == parts.size() - 1);
      assertThat(part.has("guid")).isEqualTo(i > 0);
      if (i > 0) {
        assertThat(part.get("guid").asText()).isEqualTo(KentikAnswers.GUID);
      }
      assertThat(part.get("deletes")).isEmpty();
      for (JsonNode upsert : part.get("upserts")) {
        for (JsonNode criterion : upsert.get("criteria")) {
          assertThat(criterion.size()).isEqualTo(1);
          assertThat(criterion.get("addr")).hasSize(1);
          sent.add(upsert.get("value").asText() + " " + criterion.get("addr").get(0).asText());
        }
      }
    }
    return sent;
  }
}
