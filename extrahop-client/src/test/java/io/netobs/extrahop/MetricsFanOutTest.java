package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.model.MetricStat;
import io.netobs.extrahop.model.ObjectType;
import io.netobs.extrahop.request.MetricQuery;
import io.netobs.extrahop.request.MetricSpec;
import io.netobs.http.BadRequestException;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.RateLimit;
import io.netobs.http.internal.HttpCore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Metrics for many objects, sent as several requests: the bodies, the chunks, the keys. */
class MetricsFanOutTest extends MockServerTest {

  private static MetricQuery devices(long... ids) {
    return MetricQuery.builder()
        .from(ExtraHopTime.parse(-1800000))
        .until(ExtraHopTime.parse(0))
        .category("net")
        .metric(MetricSpec.builder().name("bytes_in").build())
        .objectType(ObjectType.DEVICE)
        .objectIds(ids)
        .build();
  }

  private static String body(String ids) {
    return "{\"cycle\":\"auto\",\"from\":-1800000,\"until\":0,\"metric_category\":\"net\","
        + "\"metric_specs\":[{\"name\":\"bytes_in\"}],\"object_type\":\"device\",\"object_ids\":["
        + ids
        + "]}";
  }

  /**
   * Answers each query with one row per object id it names, the value being the id times ten (two
   * rows for id 3, at two times), and records the bodies; a body naming {@code failFor} gets a 400.
   */
  private static final class PerObject extends Dispatcher {
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();
    final long failFor;

    PerObject(long failFor) {
      this.failFor = failFor;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      int now = inFlight.incrementAndGet();
      mostInFlight.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(30); // long enough for the other requests of a fan-out to arrive meanwhile
        String body = request.getBody().utf8();
        bodies.add(body);
        JsonNode ids = TestCores.tree(body).get("object_ids");
        List<String> rows = new ArrayList<>();
        for (JsonNode id : ids) {
          if (id.asLong() == failFor) {
            return json(400, "{\"error_message\": \"Invalid object id " + failFor + "\"}");
          }
          rows.add(row(id.asLong(), 1447973460000L, id.asLong() * 10));
          if (id.asLong() == 3) {
            rows.add(row(3, 1447973490000L, 31));
          }
        }
        return json(
            "{\"stats\": ["
                + String.join(",", rows)
                + "], \"cycle\": \"30sec\", \"node_id\": 0, \"clock\": 1447973580000,"
                + " \"from\": 1447971780000, \"until\": 1447973580000}");
      } finally {
        inFlight.decrementAndGet();
      }
    }

    private static String row(long oid, long time, long value) {
      return "{\"oid\": "
          + oid
          + ", \"time\": "
          + time
          + ", \"duration\": 30000, \"values\": ["
          + value
          + "]}";
    }
  }

  @Test
  void sendsTheIdsInChunksAndKeysTheRowsByObject() throws Exception {
    PerObject dispatcher = new PerObject(-1);
    server.setDispatcher(dispatcher);
    Metrics metrics = new Metrics(core).withObjectsPerRequest(2).withRequestsInFlight(3);

    Map<Long, List<MetricStat>> rows = metrics.forObjects(devices(5, 1, 3, 4, 2, 1));

    assertThat(server.getRequestCount()).as("5 distinct ids, 2 a request").isEqualTo(3);
    assertThat(dispatcher.bodies).containsExactlyInAnyOrder(body("5,1"), body("3,4"), body("2"));
    assertThat(rows.keySet()).as("the query's order").containsExactly(5L, 1L, 3L, 4L, 2L);
    rows.forEach(
        (oid, stats) ->
            assertThat(stats).first().satisfies(s -> assertThat(s.oid()).isEqualTo(oid)));
    assertThat(rows.get(4L)).extracting(s -> s.numberAt(0).longValue()).containsExactly(40L);
    assertThat(rows.get(3L)).extracting(s -> s.numberAt(0).longValue()).containsExactly(30L, 31L);
    assertThat(dispatcher.mostInFlight.get()).as("requests overlapped").isGreaterThan(1);
  }

  @Test
  void totalsGoToTotalByObjectAndAnObjectWithoutRowsHasAnEmptyList() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return json(
                "{\"stats\": [{\"oid\": 7, \"time\": 1447971780000, \"duration\": 1800000,"
                    + " \"values\": [70], \"rate\": 1}], \"cycle\": \"30sec\", \"node_id\": 0,"
                    + " \"clock\": 1447973580000, \"from\": 1447971780000,"
                    + " \"until\": 1447973580000}");
          }
        });

    Map<Long, List<MetricStat>> totals = new Metrics(core).totalsForObjects(devices(7, 8));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/metrics/totalbyobject");
    assertThat(request.getBody().utf8()).isEqualTo(body("7,8"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(totals.get(7L))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.numberAt(0).intValue()).isEqualTo(70);
              assertThat(s.unknownFields()).containsEntry("rate", 1);
            });
    assertThat(totals.get(8L)).isEmpty();
  }

  @Test
  void aFailingChunkSurfacesAsItsTypedException() {
    server.setDispatcher(new PerObject(4));
    Metrics metrics = new Metrics(core).withObjectsPerRequest(2);

    assertThatThrownBy(() -> metrics.forObjects(devices(1, 2, 3, 4, 5, 6)))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Invalid object id 4");
  }

  @Test
  void oneAtATimeRunsTheChunksInOrderInTheCallersThread() throws Exception {
    PerObject dispatcher = new PerObject(-1);
    server.setDispatcher(dispatcher);
    Metrics metrics = new Metrics(core).withObjectsPerRequest(1).withRequestsInFlight(1);

    Map<Long, List<MetricStat>> rows = metrics.forObjects(devices(9, 8, 7));

    assertThat(dispatcher.bodies).containsExactly(body("9"), body("8"), body("7"));
    assertThat(rows.keySet()).containsExactly(9L, 8L, 7L);
    assertThat(dispatcher.mostInFlight.get()).isEqualTo(1);
  }

  @Test
  void theDefaultsStayWithinTheClientsConcurrencyLimit() {
    Metrics defaults = new Metrics(core);
    assertThat(defaults.objectsPerRequest()).isEqualTo(Metrics.DEFAULT_OBJECTS_PER_REQUEST);
    assertThat(defaults.requestsInFlight()).isEqualTo(Metrics.DEFAULT_REQUESTS_IN_FLIGHT);
    try (HttpCore limited =
        core.withOptions(CoreOptions.builder().rateLimit(new RateLimit(2, 0, 0)).build())) {
      assertThat(new Metrics(limited).requestsInFlight()).isEqualTo(2);
    }
    assertThatThrownBy(() -> defaults.withObjectsPerRequest(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("objectsPerRequest must be >= 1");
    assertThatThrownBy(() -> defaults.withRequestsInFlight(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestsInFlight must be >= 1");
    assertThatThrownBy(() -> defaults.forObjects(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aConcurrencyLimitOfOneIsNeverExceeded() throws Exception {
    PerObject dispatcher = new PerObject(-1);
    server.setDispatcher(dispatcher);
    try (HttpCore limited =
        core.withOptions(CoreOptions.builder().rateLimit(new RateLimit(1, 0, 0)).build())) {
      Map<Long, List<MetricStat>> rows =
          new Metrics(limited)
              .withObjectsPerRequest(1)
              .withRequestsInFlight(4)
              .forObjects(devices(1, 2, 3, 4));
      assertThat(rows.values().stream().map(List::size).collect(Collectors.toList()))
          .containsExactly(1, 1, 2, 1);
    }
    assertThat(dispatcher.mostInFlight.get()).isEqualTo(1);
  }

  @Test
  void rowsOfObjectsTheQueryDidNotNameComeLastAndNoListCanBeChanged() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return json(
                "{\"stats\": [{\"oid\": 99, \"time\": 1447971780000, \"duration\": 30000,"
                    + " \"values\": [1]}, {\"oid\": 7, \"time\": 1447971780000,"
                    + " \"duration\": 30000, \"values\": [2]}]}");
          }
        });

    Map<Long, List<MetricStat>> rows = new Metrics(core).forObjects(devices(7, 8));

    assertThat(rows.keySet()).containsExactly(7L, 8L, 99L);
    assertThat(rows.get(99L)).extracting(MetricStat::oid).containsExactly(99L);
    assertThatThrownBy(() -> rows.get(7L).add(rows.get(99L).get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rows.get(8L).add(rows.get(99L).get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anUndecodableAnswerQuotesItUpTo200Characters() {
    String exactly200 = "\"" + "x".repeat(198) + "\"";
    String longer = "\"" + "y".repeat(250) + "\"";
    server.enqueue(json(exactly200));
    server.enqueue(json(longer));
    Metrics metrics = new Metrics(core);

    assertThatThrownBy(() -> metrics.query(devices(1)))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.bodyExcerpt()).isEqualTo(exactly200));
    assertThatThrownBy(() -> metrics.query(devices(1)))
        .isInstanceOfSatisfying(
            DecodingException.class,
            e -> assertThat(e.bodyExcerpt()).isEqualTo(longer.substring(0, 200) + "..."));
    assertThat(metrics).hasToString("Metrics[" + metrics.polling() + "]");
  }
}
