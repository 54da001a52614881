package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.body;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.BadRequestException;
import io.netobs.http.DecodingException;
import io.netobs.kentik.model.AggregateFunction;
import io.netobs.kentik.model.ChartImageType;
import io.netobs.kentik.model.FastData;
import io.netobs.kentik.model.Filter;
import io.netobs.kentik.model.FilterGroup;
import io.netobs.kentik.model.FilterSet;
import io.netobs.kentik.model.TopXChart;
import io.netobs.kentik.model.TopXData;
import io.netobs.kentik.model.TopXPoint;
import io.netobs.kentik.model.TopXRow;
import io.netobs.kentik.request.TopXAggregate;
import io.netobs.kentik.request.TopXQuery;
import io.netobs.kentik.request.TopXRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Query API against exact wire shapes. */
class QueriesTest {
  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  static TopXAggregate average() {
    return TopXAggregate.builder()
        .name("avg_bits_per_sec")
        .column("f_sum_both_bytes")
        .function(AggregateFunction.AVERAGE)
        .sampleRate(1)
        .raw(true)
        .build();
  }

  static TopXQuery topTalkers() {
    return TopXQuery.builder()
        .metric("bytes")
        .dimensions("IP_src")
        .aggregate(average())
        .topx(10)
        .depth(25)
        .lookback(Duration.ofHours(1))
        .allDevices()
        .fastData(FastData.AUTO)
        .build();
  }

  static final String DATA_ANSWER =
      q(
          "{'results': [{'bucket': 'Left +Y Axis', 'data': ["
              + "{'key': '10.0.0.1', 'name': '10.0.0.1', 'avg_bits_per_sec': 1200.5,"
              + " 'inet_src_addr': '10.0.0.1', 'colour': 'blue',"
              + " 'timeSeries': {'both_bits_per_sec': {'flow': [[1735725600000, 1000, 60],"
              + " [1735725660000, 1401, 60]], 'unit': 'bps'}}},"
              + "{'key': '10.0.0.2', 'avg_bits_per_sec': 7, 'timeSeries': {}}],"
              + " 'extra': 1}], 'version': 4}");

  @Test
  void topXDataSendsTheDocumentedBodyByteForByte() {
    kentik.answer(200, DATA_ANSWER);

    kentik.client.queries().topXData(topTalkers());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/query/topXdata");
    assertThat(body(r))
        .isEqualTo(
            q(
                "{'queries':[{'query':{'metric':'bytes','dimension':['IP_src'],"
                    + "'aggregates':[{'name':'avg_bits_per_sec','column':'f_sum_both_bytes',"
                    + "'fn':'average','sample_rate':1,'raw':true}],'topx':10,'depth':25,"
                    + "'lookback_seconds':3600,'all_selected':true,'fastData':'Auto'},"
                    + "'bucket':'Left +Y Axis','bucketIndex':0}]}"));
  }

  @Test
  void absoluteTimesDevicesFiltersAndSavedFiltersAreSentAsKentikDocumentsThem() {
    kentik.answer(200, "{\"results\": []}");
    TopXQuery query =
        TopXQuery.builder()
            .metric("packets")
            .dimensions("AS_dst", "Proto")
            .aggregate(average())
            .aggregate(
                TopXAggregate.builder()
                    .name("p95th_pkts")
                    .column("f_sum_both_pkts")
                    .function(AggregateFunction.PERCENTILE)
                    .rank(95)
                    .build())
            .outsort("p95th_pkts")
            .between(Instant.parse("2026-09-01T10:00:42Z"), Instant.parse("2026-09-01T14:00:59Z"))
            .devices("akl-core-01", "wlg-core-02")
            .filters(
                FilterSet.of(
                    "All", FilterGroup.of("Any", false, Filter.of("l4_dst_port", "=", "443"))))
            .savedFilter(12)
            .excludeSavedFilter(13)
            .timeFormat("UTC")
            .hostnameLookup(false)
            .build();

    kentik.client.queries().topXData(query);

    assertThat(body(kentik.take()))
        .isEqualTo(
            q(
                "{'queries':[{'query':{'metric':'packets','dimension':['AS_dst','Proto'],"
                    + "'aggregates':[{'name':'avg_bits_per_sec','column':'f_sum_both_bytes',"
                    + "'fn':'average','sample_rate':1,'raw':true},{'name':'p95th_pkts',"
                    + "'column':'f_sum_both_pkts','fn':'percentile','rank':95}],"
                    + "'outsort':'p95th_pkts','lookback_seconds':0,"
                    + "'starting_time':'2026-09-01 10:00:00','ending_time':'2026-09-01 14:00:00',"
                    + "'device_name':'akl-core-01,wlg-core-02',"
                    + "'filters_obj':{'connector':'All','filterGroups':[{'connector':'Any',"
                    + "'not':false,'filters':[{'filterField':'l4_dst_port','operator':'=',"
                    + "'filterValue':'443'}]}]},"
                    + "'saved_filters':[{'filter_id':12,'is_not':false},"
                    + "{'filter_id':13,'is_not':true}],"
                    + "'time_format':'UTC','hostname_lookup':false},"
                    + "'bucket':'Left +Y Axis','bucketIndex':0}]}"));
  }

  @Test
  void severalQueriesGoInTheirBuckets() {
    kentik.answer(200, "{\"results\": []}");
    TopXQuery in = topTalkers().toBuilder().metric("in_bytes").build();
    TopXQuery out = topTalkers().toBuilder().metric("out_bytes").build();

    kentik
        .client
        .queries()
        .topXData(
            TopXRequest.builder()
                .query(in)
                .query(out, "Right +Y Axis", 0)
                .field("version", 4)
                .build());

    com.fasterxml.jackson.databind.JsonNode sent = MockKentik.json(kentik.take());
    assertThat(sent.get("queries")).hasSize(2);
    assertThat(sent.at("/queries/0/bucket").asText()).isEqualTo("Left +Y Axis");
    assertThat(sent.at("/queries/0/bucketIndex").asInt()).isZero();
    assertThat(sent.at("/queries/0/query/metric").asText()).isEqualTo("in_bytes");
    assertThat(sent.at("/queries/1/bucket").asText()).isEqualTo("Right +Y Axis");
    assertThat(sent.at("/queries/1/query/metric").asText()).isEqualTo("out_bytes");
    assertThat(sent.get("version").asInt()).isEqualTo(4);
  }

  @Test
  void topXDataDecodesRowsAggregatesAndTypedPointsKeepingUnknownFields() {
    kentik.answer(200, DATA_ANSWER);

    TopXData data = kentik.client.queries().topXData(topTalkers());

    assertThat(data.unknownFields()).containsEntry("version", 4);
    assertThat(data.results()).hasSize(1);
    assertThat(data.results().get(0).bucket()).isEqualTo("Left +Y Axis");
    assertThat(data.results().get(0).unknownFields()).containsEntry("extra", 1);
    TopXRow first = data.rows().get(0);
    assertThat(first.key()).isEqualTo("10.0.0.1");
    assertThat(first.name()).isEqualTo("10.0.0.1");
    assertThat(first.value("avg_bits_per_sec")).hasValue(1200.5);
    assertThat(first.value("nothing")).isEmpty();
    assertThat(first.unknownFields())
        .containsEntry("inet_src_addr", "10.0.0.1")
        .containsEntry("colour", "blue");
    assertThat(first.timeSeries()).containsOnlyKeys("both_bits_per_sec");
    assertThat(first.timeSeries().get("both_bits_per_sec").unknownFields())
        .containsEntry("unit", "bps");
    assertThat(first.timeSeries().get("both_bits_per_sec").flow())
        .containsExactly(
            new TopXPoint(Instant.parse("2025-01-01T10:00:00Z"), 1000, Duration.ofMinutes(1)),
            new TopXPoint(Instant.parse("2025-01-01T10:01:00Z"), 1401, Duration.ofMinutes(1)));
    TopXRow second = data.rows().get(1);
    assertThat(second.name()).isNull();
    assertThat(second.value("avg_bits_per_sec")).hasValue(7);
    assertThat(second.timeSeries()).isEmpty();
  }

  @Test
  void unexpectedShapesAreTypedDecodingErrorsNamingWhere() {
    for (String bad :
        new String[] {
          "[]",
          q("{'results': {}}"),
          q("{'results': [{'data': [1]}]}"),
          q("{'results': [{'data': [{'key': 'a', 'timeSeries': {'x': {'flow': [[1, 2]]}}}]}]}"),
          q("{'results': [{'data': [{'key': 'a', 'timeSeries': []}]}]}")
        }) {
      kentik.answer(200, bad);
      assertThatThrownBy(() -> kentik.client.queries().topXData(topTalkers()))
          .as(bad)
          .isInstanceOf(DecodingException.class)
          .hasMessageContaining("POST /api/v5/query/topXdata");
    }
    kentik.answer(200, q("{'results': [{'data': [{'key': 'a', 'timeSeries': []}]}]}"));
    assertThatThrownBy(() -> kentik.client.queries().topXData(topTalkers()))
        .hasMessageContaining("results[0].data[0].timeSeries must be a JSON object");
  }

  @Test
  void aChartIsTheDecodedImageOfTheDataUri() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2};
    kentik.answer(
        200,
        "{\"dataUri\": \"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"}");

    TopXChart chart = kentik.client.queries().topXChart(topTalkers(), ChartImageType.PNG);

    RecordedRequest r = kentik.take();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/query/topXchart");
    assertThat(body(r)).endsWith(q(",'imageType':'png'}")).startsWith(q("{'queries':[{'query':"));
    assertThat(chart.imageType()).isEqualTo(ChartImageType.PNG);
    assertThat(chart.mediaType()).isEqualTo("image/png");
    assertThat(chart.bytes()).isEqualTo(png);
    assertThat(chart.toString()).contains("11 bytes");
  }

  @Test
  void everyChartTypeIsReadFromItsMediaType(@TempDir Path dir) throws Exception {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
    kentik.answer(
        200,
        "{\"dataUri\": \"data:image/svg+xml;base64,"
            + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8))
            + "\"}");
    TopXChart chart = kentik.client.queries().topXChart(topTalkers(), ChartImageType.SVG);
    assertThat(chart.imageType()).isEqualTo(ChartImageType.SVG);
    assertThat(Files.readString(chart.writeTo(dir.resolve("c.svg")))).isEqualTo(svg);

    kentik.answer(200, q("{'dataUri': 'data:image/jpeg;base64,/9j/'}"));
    assertThat(kentik.client.queries().topXChart(topTalkers(), ChartImageType.JPG).imageType())
        .isEqualTo(ChartImageType.JPG);
    kentik.answer(200, q("{'dataUri': 'data:application/pdf;base64,JVBERg=='}"));
    assertThat(kentik.client.queries().topXChart(topTalkers(), ChartImageType.PDF).imageType())
        .isEqualTo(ChartImageType.PDF);
    kentik.answer(200, q("{'dataUri': 'data:image/webp;base64,AAAA'}"));
    TopXChart webp = kentik.client.queries().topXChart(topTalkers(), ChartImageType.PNG);
    assertThat(webp.imageType().isKnown()).isFalse();
    assertThat(webp.mediaType()).isEqualTo("image/webp");
  }

  @Test
  void aChartAnswerOfAnotherShapeIsATypedDecodingError() {
    for (String bad :
        new String[] {
          "{}",
          "[\"data:image/png;base64,AAAA\"]",
          q("{'dataUri': 42}"),
          q("{'dataUri': 'http://example.com/chart.png'}"),
          q("{'dataUri': 'data:image/png,rawbytes'}"),
          q("{'dataUri': 'data:image/png;base64,%%%not base64'}")
        }) {
      kentik.answer(200, bad);
      assertThatThrownBy(() -> kentik.client.queries().topXChart(topTalkers(), ChartImageType.PNG))
          .as(bad)
          .isInstanceOf(DecodingException.class)
          .hasMessageContaining("POST /api/v5/query/topXchart");
    }
  }

  @Test
  void aPortalUrlIsTheBareJsonString() {
    kentik.answer(200, "\"https://portal.kentik.com/portal/#Charts/shortUrl/4f2b9c\"");

    String url = kentik.client.queries().url(topTalkers());

    RecordedRequest r = kentik.take();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/query/url");
    assertThat(body(r)).doesNotContain("imageType");
    assertThat(url).isEqualTo("https://portal.kentik.com/portal/#Charts/shortUrl/4f2b9c");

    kentik.answer(200, q("{'url': 'https://portal.kentik.com/x'}"));
    assertThatThrownBy(() -> kentik.client.queries().url(topTalkers()))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("expected the URL as a JSON string, got object");
  }

  @Test
  void theServicesRefusalIsATypedException() {
    kentik.answer(400, q("{'error': 'Invalid dimension: IP_nowhere'}"));

    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .queries()
                    .topXData(topTalkers().toBuilder().dimensions("IP_nowhere").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Invalid dimension: IP_nowhere");
  }

  @Test
  void onlyWhatKentikCertainlyRefusesIsCheckedBeforeSending() {
    assertThatThrownBy(() -> TopXQuery.builder().dimensions("IP_src").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TopXQuery: metric is required");
    TopXAggregate max =
        TopXAggregate.builder()
            .name("max_bits_per_sec")
            .column("f_sum_both_bytes")
            .function(AggregateFunction.MAX)
            .build();
    assertThatThrownBy(
            () -> TopXQuery.builder().metric("bytes").aggregate(average()).aggregate(max).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outsort is required with more than one aggregate");
    assertThatCode(
            () ->
                TopXQuery.builder()
                    .metric("bytes")
                    .aggregate(average())
                    .aggregate(max)
                    .outsort("max_bits_per_sec")
                    .build())
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                TopXAggregate.builder()
                    .name("p95")
                    .column("f_sum_both_bytes")
                    .function(AggregateFunction.PERCENTILE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rank is required for a percentile");
    assertThatThrownBy(() -> TopXAggregate.builder().rank(100))
        .hasMessageContaining("rank must be a percentile from 1 to 99");
    assertThatThrownBy(() -> TopXAggregate.builder().name("a").column("c").build())
        .hasMessage("TopXAggregate: fn is required");
    assertThatThrownBy(() -> TopXQuery.builder().topx(0)).hasMessageContaining("topx");
    assertThatThrownBy(() -> TopXQuery.builder().depth(-1)).hasMessageContaining("depth");
    assertThatThrownBy(() -> TopXQuery.builder().lookback(Duration.ZERO))
        .hasMessageContaining("lookback_seconds");
    assertThatThrownBy(
            () ->
                TopXQuery.builder()
                    .between(
                        Instant.parse("2026-01-02T00:00:00Z"),
                        Instant.parse("2026-01-01T00:00:00Z")))
        .hasMessageContaining("ending_time must not be before starting_time");
    assertThatThrownBy(() -> TopXQuery.builder().devices()).hasMessageContaining("device_name");
    assertThatThrownBy(() -> TopXQuery.builder().dimensions("IP_src", " "))
        .hasMessageContaining("dimension");
    assertThatThrownBy(() -> TopXQuery.builder().savedFilter(0)).hasMessageContaining("filter_id");
    assertThatThrownBy(() -> TopXRequest.builder().build())
        .hasMessageContaining("queries is required");
    assertThatThrownBy(() -> TopXRequest.builder().query(topTalkers(), "Left +Y Axis", -1))
        .hasMessageContaining("bucketIndex");
    // Unknown metrics, dimensions, functions and fast-data values are the service's to judge.
    assertThatCode(
            () ->
                TopXQuery.builder()
                    .metric("ktappprotocol__snmp__INPUT")
                    .dimensions("c_site-code")
                    .fastData(FastData.of("Turbo"))
                    .aggregate(
                        TopXAggregate.builder()
                            .name("x")
                            .column("y")
                            .function(AggregateFunction.of("exponent"))
                            .build())
                    .build())
        .doesNotThrowAnyException();
  }

  @Test
  void theLastTimeRangeSetWinsAndAllDevicesReplacesDeviceNames() {
    TopXQuery query =
        TopXQuery.builder()
            .metric("bytes")
            .between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T01:00:00Z"))
            .lookback(Duration.ofMinutes(15))
            .devices("a")
            .allDevices()
            .build();
    assertThat(query.toMap())
        .containsEntry("lookback_seconds", 900L)
        .containsEntry("all_selected", true)
        .doesNotContainKeys("starting_time", "ending_time", "device_name");
    TopXQuery back =
        query.toBuilder()
            .between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T01:00:00Z"))
            .devices("b")
            .build();
    assertThat(back.toMap())
        .containsEntry("lookback_seconds", 0L)
        .containsEntry("starting_time", "2026-01-01 00:00:00")
        .containsEntry("device_name", "b")
        .doesNotContainKey("all_selected");
  }
}
