package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.bodyTree;
import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static io.netobs.extrahop.TestCores.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.CalcType;
import io.netobs.extrahop.model.Cycle;
import io.netobs.extrahop.model.KeyedValue;
import io.netobs.extrahop.model.MetricResponse;
import io.netobs.extrahop.model.MetricStat;
import io.netobs.extrahop.model.ObjectType;
import io.netobs.extrahop.request.MetricQuery;
import io.netobs.extrahop.request.MetricSpec;
import io.netobs.http.DecodingException;
import io.netobs.http.PollOptions;
import io.netobs.http.ServerErrorException;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.Poller;
import io.netobs.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsTest extends MockServerTest {
  private static final String AGAIN = "\"again\"";

  private TestClock clock;
  private Metrics metrics;

  @BeforeEach
  void start() {
    clock = new TestClock();
    metrics = new Metrics(core, PollOptions.defaults(), new Poller.Timing(clock, clock::sleep));
  }

  private static MetricQuery example3() {
    return MetricQuery.builder()
        .cycle(Cycle.AUTO)
        .from(ExtraHopTime.ago(Duration.ofMinutes(30)))
        .until(ExtraHopTime.now())
        .category("http_client")
        .metric(MetricSpec.builder().name("req").build())
        .objectType(ObjectType.DEVICE)
        .objectIds(9363)
        .build();
  }

  private static final String EXAMPLE3_ANSWER =
      """
      {"stats": [
        {"oid": 9363, "time": 1447973460000, "duration": 30000, "values": [2]},
        {"oid": 9363, "time": 1447973490000, "duration": 30000, "values": [0]},
        {"oid": 9363, "time": 1447973520000, "duration": 30000, "values": [1]},
        {"oid": 9363, "time": 1447973550000, "duration": 30000, "values": [2]}],
       "cycle": "30sec", "node_id": 0, "clock": 1447973580000, "from": 1447971780000, "until": 1447973580000}""";

  private static String part(long nodeId, long oid, long from, long until, int value) {
    return "{\"stats\": [{\"oid\": "
        + oid
        + ", \"time\": "
        + from
        + ", \"duration\": 30000, \"values\": ["
        + value
        + "]}],"
        + " \"cycle\": \"30sec\", \"node_id\": "
        + nodeId
        + ", \"clock\": "
        + until
        + ", \"from\": "
        + from
        + ", \"until\": "
        + until
        + "}";
  }

  @Test
  void queryPostsTheGuidesExample3ExactlyAndDecodesItsAnswer() throws Exception {
    server.enqueue(json(EXAMPLE3_ANSWER));

    MetricResponse response = metrics.query(example3());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/metrics");
    assertThat(bodyTree(request))
        .isEqualTo(
            tree(
                """
        {
        "cycle": "auto",
        "from": -1800000,
        "until": 0,
        "metric_category": "http_client",
        "metric_specs": [
        {
        "name": "req"
        }
        ],
        "object_ids": [
        9363
        ],
        "object_type": "device"
        }"""));
    assertThat(response.cycle()).isEqualTo(Cycle.THIRTY_SEC);
    assertThat(response.nodeId()).isZero();
    assertThat(response.clock()).isEqualTo(Instant.ofEpochMilli(1447973580000L));
    assertThat(response.from()).isEqualTo(Instant.ofEpochMilli(1447971780000L));
    assertThat(response.until()).isEqualTo(Instant.ofEpochMilli(1447973580000L));
    assertThat(response.stats()).hasSize(4);
    MetricStat first = response.stats().get(0);
    assertThat(first.oid()).isEqualTo(9363);
    assertThat(first.time()).isEqualTo(Instant.ofEpochMilli(1447973460000L));
    assertThat(first.duration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(first.durationMillis()).isEqualTo(30000);
    assertThat(first.numberAt(0).intValue()).isEqualTo(2);
    assertThat(response.stats())
        .extracting(s -> s.numberAt(0).intValue())
        .containsExactly(2, 0, 1, 2);
    assertThat(response.statsFor(9363)).hasSize(4);
    assertThat(response.statsFor(1)).isEmpty();
  }

  @Test
  void theGuidesHttpResponsesExampleOnMetricsAndMetricsTotal() throws Exception {
    MetricQuery query =
        MetricQuery.builder()
            .cycle(Cycle.AUTO)
            .from(ExtraHopTime.parse(-1800000))
            .until(ExtraHopTime.parse(0))
            .category("http")
            .metric(MetricSpec.builder().name("rsp").build())
            .objectIds(0)
            .objectType(ObjectType.APPLICATION)
            .build();
    String expected =
        """
        {"cycle": "auto", "from": -1800000, "metric_category": "http", "metric_specs": [{"name": "rsp"}],
         "object_ids": [0], "object_type": "application", "until": 0}""";
    server.enqueue(
        json(
            """
        {"stats": [
          {"oid": 0, "time": 1494539640000, "duration": 30000, "values": [354]},
          {"oid": 0, "time": 1494539640000, "duration": 30000, "values": [354]},
          {"oid": 0, "time": 1494539640000, "duration": 30000, "values": [354]}],
         "cycle": "30sec", "node_id": 0, "clock": 1494541440000, "from": 1494539640000, "until": 1494541440000}"""));
    server.enqueue(
        json(
            """
        {"stats": [{"oid": -1, "time": 1494541380000, "duration": 1800000, "values": [33357]}],
         "cycle": "30sec", "node_id": 0, "clock": 1494541440000, "from": 1494539640000, "until": 1494541440000}"""));
    server.enqueue(
        json(
            """
        {"stats": [{"oid": 0, "time": 1494541380000, "duration": 1800000, "values": [33357]}],
         "cycle": "30sec", "node_id": 0, "clock": 1494541440000, "from": 1494539640000, "until": 1494541440000}"""));

    assertThat(metrics.query(query).stats()).hasSize(3);
    MetricResponse total = metrics.total(query);
    MetricResponse byObject = metrics.totalByObject(query);

    assertThat(total.stats())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.oid()).isEqualTo(-1);
              assertThat(s.numberAt(0).longValue()).isEqualTo(33357);
              assertThat(s.duration()).isEqualTo(Duration.ofMinutes(30));
            });
    assertThat(byObject.statsFor(0)).hasSize(1);
    for (String path :
        List.of("/api/v1/metrics", "/api/v1/metrics/total", "/api/v1/metrics/totalbyobject")) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(pathAndQuery(request)).isEqualTo(path);
      assertThat(bodyTree(request)).isEqualTo(tree(expected));
    }
  }

  @Test
  void specsWithKeysCalculationsAndPercentiles() throws Exception {
    server.enqueue(json(EXAMPLE3_ANSWER));

    metrics.query(
        example3().toBuilder()
            .cycle(Cycle.FIVE_MIN)
            .from(ExtraHopTime.ago(1, ExtraHopTime.Unit.DAYS))
            .metrics(
                List.of(
                    MetricSpec.builder()
                        .name("rsp")
                        .key1("/^2/")
                        .key2("GET")
                        .calcType(CalcType.MEAN)
                        .build(),
                    MetricSpec.builder().name("tprocess").percentiles(50, 95, 99.9).build(),
                    MetricSpec.builder().name("bytes").calcType("future_calc").build()))
            .objectType(ObjectType.of("future_object"))
            .objectIds(List.of(1L, 2L))
            .extra("node_ids", List.of(3))
            .build());

    assertThat(bodyTree(server.takeRequest()))
        .isEqualTo(
            tree(
                """
        {"cycle": "5min", "from": "-1d", "until": 0, "metric_category": "http_client",
         "metric_specs": [
           {"name": "req"},
           {"name": "rsp", "key1": "/^2/", "key2": "GET", "calc_type": "mean"},
           {"name": "tprocess", "calc_type": "percentiles", "percentiles": [50, 95, 99.9]},
           {"name": "bytes", "calc_type": "future_calc"}],
         "object_type": "future_object", "object_ids": [1, 2], "node_ids": [3]}"""));
  }

  @Test
  void valuesStayPlainJavaValuesWithTypedHelpers() {
    server.enqueue(
        json(
            """
        {"cycle": "7min", "node_id": 3, "clock": "2026-01-01T00:00:00Z", "from": 1, "until": 2, "shard": "x",
         "stats": [{"oid": 5, "time": 1000, "duration": 60000, "extra": true,
           "values": [12, 2.5, null, [10, 20, 30],
             [{"key": {"key_type": "string", "str": "GET"}, "value": 7, "vtype": "count"},
              {"key": {"key_type": "ipaddr", "addr": "10.0.0.1"}, "value": [1, 2], "vtype": "dset"}],
             {"sum": 3, "count": 2}]}]}"""));

    MetricResponse response = metrics.query(example3());

    assertThat(response.cycle().isKnown()).isFalse();
    assertThat(response.cycle().value()).isEqualTo("7min");
    assertThat(response.clock()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(response.unknownFields()).containsEntry("shard", "x");
    MetricStat stat = response.stats().get(0);
    assertThat(stat.unknownFields()).containsEntry("extra", true);
    assertThat(stat.numberAt(0)).isEqualTo(12);
    assertThat(stat.doubleAt(1)).isEqualTo(2.5);
    assertThat(stat.numberAt(2)).isNull();
    assertThat(stat.doubleAt(2)).isNaN();
    assertThat(stat.valueAt(2)).isNull();
    assertThat(stat.listAt(3)).containsExactly(10, 20, 30);
    assertThat(stat.listAt(2)).isEmpty();
    List<KeyedValue> keyed = stat.keyedAt(4);
    assertThat(keyed).hasSize(2);
    assertThat(keyed.get(0).keyText()).isEqualTo("GET");
    assertThat(keyed.get(0).keyType()).contains("string");
    assertThat(keyed.get(0).number()).contains(7);
    assertThat(keyed.get(0).vtype()).isEqualTo("count");
    assertThat(keyed.get(1).keyText()).isEqualTo("10.0.0.1");
    assertThat(keyed.get(1).value()).isEqualTo(List.of(1, 2));
    assertThat(keyed.get(1).number()).isEmpty();
    assertThat(stat.mapAt(5)).isEqualTo(Map.of("sum", 3, "count", 2));
    assertThatThrownBy(() -> stat.numberAt(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("values[3] is a list");
    assertThatThrownBy(() -> stat.mapAt(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not an object");
    assertThatThrownBy(() -> stat.keyedAt(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not a keyed entry");
    assertThatThrownBy(() -> stat.valueAt(9)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aConsolesXidIsCollectedThroughAgainAnswersAndMergedIntoOneAnswer() throws Exception {
    server.enqueue(json("{\"xid\": 17, \"num_results\": 2}"));
    server.enqueue(json(AGAIN));
    server.enqueue(json(AGAIN));
    server.enqueue(json(part(1, 9363, 1000, 31000, 5)));
    server.enqueue(json(AGAIN));
    server.enqueue(json(part(2, 9364, 500, 61000, 7)));

    MetricResponse response = metrics.query(example3());

    assertThat(response.stats()).extracting(MetricStat::oid).containsExactly(9363L, 9364L);
    assertThat(response.stats()).extracting(s -> s.numberAt(0).intValue()).containsExactly(5, 7);
    assertThat(response.cycle()).isEqualTo(Cycle.THIRTY_SEC);
    assertThat(response.nodeId()).isNull();
    assertThat(response.from()).isEqualTo(Instant.ofEpochMilli(500));
    assertThat(response.until()).isEqualTo(Instant.ofEpochMilli(61000));
    assertThat(response.clock()).isEqualTo(Instant.ofEpochMilli(61000));
    assertThat(server.getRequestCount()).isEqualTo(6);
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    for (int i = 0; i < 5; i++) {
      RecordedRequest next = server.takeRequest();
      assertThat(next.getMethod()).isEqualTo("GET");
      assertThat(pathAndQuery(next)).isEqualTo("/api/v1/metrics/next/17");
    }
    assertThat(clock.sleeps())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(200));
  }

  @Test
  void aConsoleAnswerForTotalsWithOneResultIsReturnedAsItIs() throws Exception {
    server.enqueue(json("{\"xid\": \"8\", \"num_results\": \"1\"}"));
    server.enqueue(json(part(4, 1, 1000, 2000, 3)));

    MetricResponse response = metrics.totalByObject(example3());

    assertThat(response.nodeId()).isEqualTo(4);
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/metrics/totalbyobject");
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/metrics/next/8");
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void aConsoleWithNoResultsGivesAnEmptyAnswer() {
    server.enqueue(json("{\"xid\": 9, \"num_results\": 0}"));

    assertThat(metrics.total(example3()).stats()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aConsoleThatKeepsAnsweringAgainTimesOutWithinTheBudget() {
    Metrics patient =
        metrics.withPolling(PollOptions.defaults().withTimeout(Duration.ofSeconds(1)));
    server.enqueue(json("{\"xid\": 21, \"num_results\": 1}"));
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(AGAIN));
    }

    assertThatThrownBy(() -> patient.query(example3()))
        .isInstanceOfSatisfying(
            WaitTimeoutException.class,
            e -> {
              assertThat(e.polls()).isEqualTo(4);
              assertThat(e.waited()).isEqualTo(Duration.ofSeconds(1));
              assertThat(e.method()).isEqualTo("GET");
              assertThat(e.path()).isEqualTo("/metrics/next/21");
            })
        .hasMessageContaining("result 1 of 1 still \"again\"")
        .hasMessageContaining("1000 ms");
    assertThat(clock.sleeps())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(400));
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void theWaitBetweenPollsDoublesUpToTheMaximum() {
    Metrics tuned =
        metrics.withPolling(
            PollOptions.defaults()
                .withInitialDelay(Duration.ofMillis(100))
                .withMaxDelay(Duration.ofMillis(300))
                .withTimeout(Duration.ofMinutes(1)));
    assertThat(tuned.polling().initialDelay()).isEqualTo(Duration.ofMillis(100));
    server.enqueue(json("{\"xid\": 1, \"num_results\": 1}"));
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(AGAIN));
    }
    server.enqueue(json(part(1, 1, 1, 2, 1)));

    tuned.query(example3());

    assertThat(clock.sleeps())
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(300),
            Duration.ofMillis(300));
  }

  @Test
  void nextIsOneCall() throws Exception {
    server.enqueue(json(AGAIN));
    server.enqueue(json(part(1, 2, 3, 4, 5)));
    server.enqueue(json("42"));

    assertThat(metrics.next(3)).isEmpty();
    assertThat(metrics.next(3)).hasValueSatisfying(r -> assertThat(r.stats()).hasSize(1));
    assertThatThrownBy(() -> metrics.next(3))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("\"again\"");
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/metrics/next/3");
  }

  @Test
  void queriesAreRetriedButNextIsNot() {
    server.enqueue(json(502, "{\"error_message\": \"bad gateway\"}"));
    server.enqueue(json(EXAMPLE3_ANSWER));
    server.enqueue(json(503, "{\"error_message\": \"busy\"}"));

    assertThat(metrics.query(example3()).stats()).hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThatThrownBy(() -> metrics.next(5)).isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void undecodableAnswersAreReported() {
    server.enqueue(json("[1, 2]"));
    server.enqueue(json("{\"xid\": 3}"));

    assertThatThrownBy(() -> metrics.query(example3()))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("JSON object");
    assertThatThrownBy(() -> metrics.query(example3()))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("num_results");
  }

  @Test
  void queriesAreCheckedBeforeAnythingIsSent() {
    MetricQuery.Builder ok = example3().toBuilder();
    assertThatThrownBy(
            () ->
                MetricQuery.builder()
                    .category("http")
                    .metric(MetricSpec.builder().name("req").build())
                    .objectType(ObjectType.DEVICE)
                    .objectIds(1)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("from is required");
    assertThatThrownBy(
            () ->
                MetricQuery.builder()
                    .from(ExtraHopTime.now())
                    .metric(MetricSpec.builder().name("req").build())
                    .objectType(ObjectType.DEVICE)
                    .objectIds(1)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("category is required");
    assertThatThrownBy(
            () ->
                MetricQuery.builder()
                    .from(ExtraHopTime.now())
                    .category("http")
                    .objectType(ObjectType.DEVICE)
                    .objectIds(1)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one metric");
    assertThatThrownBy(
            () ->
                MetricQuery.builder()
                    .from(ExtraHopTime.now())
                    .category("http")
                    .metric(MetricSpec.builder().name("req").build())
                    .objectIds(1)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("objectType is required");
    assertThatThrownBy(
            () ->
                MetricQuery.builder()
                    .from(ExtraHopTime.now())
                    .category("http")
                    .metric(MetricSpec.builder().name("req").build())
                    .objectType(ObjectType.DEVICE)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("objectIds must not be empty");
    assertThatThrownBy(() -> ok.objectIds(5, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("objectIds[1]");
    assertThatThrownBy(() -> ok.category(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category");
    assertThatThrownBy(() -> ok.extra("cycle", "1sec"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ok.from(ExtraHopTime.at(Instant.ofEpochMilli(2000)))
                    .until(ExtraHopTime.at(Instant.ofEpochMilli(1000)))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must not be after until");
    assertThatThrownBy(() -> MetricSpec.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> MetricSpec.builder().name("t").percentiles(50, 101).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percentiles[1]")
        .hasMessageContaining("between 0 and 100");
    assertThatThrownBy(() -> MetricSpec.builder().name("t").percentiles(new Number[0]).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> MetricSpec.builder().name("t").calcType(CalcType.MEAN).percentiles(50).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calcType \"mean\"");
    assertThatThrownBy(
            () -> MetricSpec.builder().name("t").percentiles(50).calcType("mean").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricSpec.builder().name("t").key1("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key1");
    assertThatThrownBy(() -> PollOptions.defaults().withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PollOptions.defaults().withMaxDelay(Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Cycle.of("24HR")).isSameAs(Cycle.TWENTY_FOUR_HR);
    assertThat(ObjectType.of("Device_Group")).isSameAs(ObjectType.DEVICE_GROUP);
    assertThat(server.getRequestCount()).isZero();
  }
}
