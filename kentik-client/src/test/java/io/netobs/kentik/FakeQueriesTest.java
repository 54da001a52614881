package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.BadRequestException;
import io.netobs.http.RateLimit;
import io.netobs.kentik.model.AggregateFunction;
import io.netobs.kentik.model.ChartImageType;
import io.netobs.kentik.model.Filter;
import io.netobs.kentik.model.FilterGroup;
import io.netobs.kentik.model.FilterSet;
import io.netobs.kentik.model.SavedFilter;
import io.netobs.kentik.model.TopXChart;
import io.netobs.kentik.model.TopXPoint;
import io.netobs.kentik.model.TopXRow;
import io.netobs.kentik.request.SavedFilterCreate;
import io.netobs.kentik.request.TopXAggregate;
import io.netobs.kentik.request.TopXQuery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Query API against the fake, whose answers are computed from generated flows: each expected
 * figure is computed here again from {@link io.netobs.testing.FakeKentik#flows()}, independently of
 * the fake's code.
 */
class FakeQueriesTest {
  static final Instant NOW = Instant.parse("2026-03-01T12:00:30Z");
  static final Instant HOUR_AGO = Instant.parse("2026-03-01T11:00:00Z");
  static final Instant END = Instant.parse("2026-03-01T12:00:00Z");

  private final io.netobs.testing.FakeKentik fake =
      io.netobs.testing.FakeKentik.builder()
          .clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .flowSeed(7)
          .start();
  private final KentikClient kentik = FakeKentikTest.client(fake, RateLimit.unlimited());

  @AfterEach
  void close() {
    kentik.close();
    fake.close();
  }

  static TopXAggregate aggregate(String name, AggregateFunction fn) {
    return TopXAggregate.builder().name(name).column("f_sum_both_bytes").function(fn).build();
  }

  static TopXQuery.Builder bySource() {
    return TopXQuery.builder()
        .metric("bytes")
        .dimensions("IP_src")
        .aggregate(
            TopXAggregate.builder()
                .name("avg_bits_per_sec")
                .column("f_sum_both_bytes")
                .function(AggregateFunction.AVERAGE)
                .raw(true)
                .build())
        .aggregate(aggregate("max_bits_per_sec", AggregateFunction.MAX))
        .aggregate(
            TopXAggregate.builder()
                .name("p95th_bits_per_sec")
                .column("f_sum_both_bytes")
                .function(AggregateFunction.PERCENTILE)
                .rank(95)
                .build())
        .aggregate(aggregate("total_bytes", AggregateFunction.SUM))
        .outsort("avg_bits_per_sec")
        .topx(5)
        .between(HOUR_AGO, END)
        .allDevices();
  }

  /** What a row should hold, computed from the flows. */
  record Expected(String key, double avg, double max, double p95, double sum, double[] rates) {}

  List<Expected> expected(String column, Predicate<JsonNode> keep, int topx) {
    Map<String, double[]> perMinute = new LinkedHashMap<>();
    for (JsonNode flow : fake.flows()) {
      long t = flow.get("timestamp").asLong();
      if (t < HOUR_AGO.toEpochMilli() || t >= END.toEpochMilli() || !keep.test(flow)) {
        continue;
      }
      double[] sums = perMinute.computeIfAbsent(flow.get(column).asText(), k -> new double[60]);
      sums[(int) ((t - HOUR_AGO.toEpochMilli()) / 60_000)] +=
          flow.get("in_bytes").asLong() + flow.get("out_bytes").asLong();
    }
    List<Expected> rows = new ArrayList<>();
    perMinute.forEach(
        (key, sums) -> {
          double[] rates = Arrays.stream(sums).map(s -> s * 8 / 60).toArray();
          double[] sorted = rates.clone();
          Arrays.sort(sorted);
          rows.add(
              new Expected(
                  key,
                  round(Arrays.stream(rates).average().orElseThrow()),
                  round(sorted[59]),
                  round(sorted[(int) Math.ceil(0.95 * 60) - 1]),
                  round(Arrays.stream(sums).sum()),
                  rates));
        });
    rows.sort(Comparator.comparingDouble((Expected e) -> -e.avg()).thenComparing(Expected::key));
    return rows.subList(0, Math.min(topx, rows.size()));
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  static void assertRows(List<TopXRow> rows, List<Expected> expected) {
    assertThat(rows)
        .extracting(TopXRow::key)
        .containsExactlyElementsOf(expected.stream().map(Expected::key).toList());
    for (int i = 0; i < rows.size(); i++) {
      TopXRow row = rows.get(i);
      Expected e = expected.get(i);
      assertThat(row.value("avg_bits_per_sec")).as(e.key()).hasValue(e.avg());
      assertThat(row.value("max_bits_per_sec")).as(e.key()).hasValue(e.max());
      assertThat(row.value("p95th_bits_per_sec")).as(e.key()).hasValue(e.p95());
      assertThat(row.value("total_bytes")).as(e.key()).hasValue(e.sum());
    }
  }

  @Test
  void topXDataIsComputedFromTheGeneratedFlows() {
    List<TopXRow> rows = kentik.queries().topXData(bySource().build()).rows();

    List<Expected> expected = expected("inet_src_addr", flow -> true, 5);
    assertThat(rows).hasSize(5);
    assertRows(rows, expected);
    assertThat(rows)
        .extracting(row -> row.value("avg_bits_per_sec").orElseThrow())
        .isSortedAccordingTo(Comparator.reverseOrder());
    TopXRow top = rows.get(0);
    assertThat(top.unknownFields()).containsEntry("inet_src_addr", top.key());
    List<TopXPoint> points = top.timeSeries().get("both_bits_per_sec").flow();
    assertThat(points).hasSize(60);
    for (int m = 0; m < 60; m++) {
      assertThat(points.get(m).time()).isEqualTo(HOUR_AGO.plusSeconds(60L * m));
      assertThat(points.get(m).period()).isEqualTo(Duration.ofMinutes(1));
      assertThat(points.get(m).value()).isEqualTo(round(expected.get(0).rates()[m]));
    }
  }

  @Test
  void aLookbackEndsAtTheFakeClocksMinute() {
    List<TopXRow> between = kentik.queries().topXData(bySource().build()).rows();
    List<TopXRow> lookback =
        kentik.queries().topXData(bySource().lookback(Duration.ofHours(1)).build()).rows();
    assertThat(lookback).isEqualTo(between);
  }

  @Test
  void devicesFiltersAndSavedFiltersNarrowTheFlows() {
    List<TopXRow> oneDevice =
        kentik.queries().topXData(bySource().devices("wlg-core-02").build()).rows();
    assertRows(
        oneDevice,
        expected("inet_src_addr", f -> f.get("i_device_name").asText().equals("wlg-core-02"), 5));

    FilterSet https =
        FilterSet.of(
            "All",
            FilterGroup.of(
                "Any",
                false,
                Filter.of("l4_dst_port", "=", "443"),
                Filter.of("l4_dst_port", "=", "8443")));
    List<TopXRow> filtered = kentik.queries().topXData(bySource().filters(https).build()).rows();
    assertRows(
        filtered,
        expected(
            "inet_src_addr", f -> List.of(443, 8443).contains(f.get("l4_dst_port").asInt()), 5));

    SavedFilter busiest =
        kentik
            .savedFilters()
            .create(
                SavedFilterCreate.builder()
                    .filterName("busiest")
                    .filters(
                        FilterSet.of(
                            "and",
                            FilterGroup.of(
                                "or", false, Filter.of("inet_src_addr", "=", "10.0.0.1"))))
                    .build());
    assertThat(kentik.queries().topXData(bySource().savedFilter(busiest.id()).build()).rows())
        .extracting(TopXRow::key)
        .containsExactly("10.0.0.1");
    assertRows(
        kentik.queries().topXData(bySource().excludeSavedFilter(busiest.id()).build()).rows(),
        expected("inet_src_addr", f -> !f.get("inet_src_addr").asText().equals("10.0.0.1"), 5));
  }

  @Test
  void severalDimensionsMakeJoinedKeysAndTrafficIsOneRow() {
    List<TopXRow> rows =
        kentik
            .queries()
            .topXData(bySource().dimensions("i_device_name", "Proto").topx(100).build())
            .rows();
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.key()).contains(" ---- "));
    assertThat(rows).hasSizeLessThanOrEqualTo(9);

    List<TopXRow> total =
        kentik.queries().topXData(bySource().dimensions("Traffic").build()).rows();
    assertThat(total).singleElement().satisfies(row -> assertThat(row.key()).isEqualTo("Total"));
    double all = expected("i_device_name", f -> true, 3).stream().mapToDouble(Expected::sum).sum();
    assertThat(total.get(0).value("total_bytes").orElseThrow()).isCloseTo(all, within(0.01));
  }

  @Test
  void withoutARawAggregateThereAreNoTimeSeries() {
    TopXQuery query =
        TopXQuery.builder()
            .metric("bytes")
            .dimensions("IP_dst")
            .aggregate(aggregate("total", AggregateFunction.SUM))
            .between(HOUR_AGO, END)
            .build();
    assertThat(kentik.queries().topXData(query).rows())
        .hasSize(8)
        .allSatisfy(row -> assertThat(row.timeSeries()).isEmpty());
  }

  @Test
  void theSameSeedGivesTheSameFlowsAndAnotherSeedOthers() {
    try (io.netobs.testing.FakeKentik same =
            io.netobs.testing.FakeKentik.builder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .flowSeed(7)
                .start();
        io.netobs.testing.FakeKentik other =
            io.netobs.testing.FakeKentik.builder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .flowSeed(8)
                .start()) {
      assertThat(same.flows()).isEqualTo(fake.flows());
      assertThat(other.flows()).isNotEqualTo(fake.flows());
      assertThat(fake.flows()).hasSize(2000);
      assertThat(fake.flowsEnd()).isEqualTo(END);
    }
  }

  @Test
  void whatKentikRefusesIsA400WithItsMessage() {
    assertThatThrownBy(() -> kentik.queries().topXData(bySource().metric("bogus").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Invalid metric: bogus");
    assertThatThrownBy(() -> kentik.queries().topXData(bySource().dimensions("IP_nowhere").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Invalid dimension: IP_nowhere");
    FilterSet unknownField =
        FilterSet.of("All", FilterGroup.of("All", false, Filter.of("no_such_field", "=", "1")));
    assertThatThrownBy(
            () ->
                kentik
                    .queries()
                    .topXChart(bySource().filters(unknownField).build(), ChartImageType.PNG))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Invalid filterField: no_such_field");
  }

  @Test
  void chartsAreTinyValidImagesOfTheTypeAsked() {
    TopXQuery query = bySource().build();
    TopXChart png = kentik.queries().topXChart(query, ChartImageType.PNG);
    assertThat(png.imageType()).isEqualTo(ChartImageType.PNG);
    assertThat(Arrays.copyOf(png.bytes(), 8))
        .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    TopXChart jpg = kentik.queries().topXChart(query, ChartImageType.JPG);
    assertThat(jpg.mediaType()).isEqualTo("image/jpeg");
    assertThat(Arrays.copyOf(jpg.bytes(), 2)).isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8});
    TopXChart svg = kentik.queries().topXChart(query, ChartImageType.SVG);
    assertThat(new String(svg.bytes(), StandardCharsets.UTF_8)).startsWith("<svg");
    TopXChart pdf = kentik.queries().topXChart(query, ChartImageType.PDF);
    assertThat(new String(pdf.bytes(), StandardCharsets.US_ASCII))
        .startsWith("%PDF-1.4")
        .endsWith("%%EOF\n");
    assertThatThrownBy(() -> kentik.queries().topXChart(query, ChartImageType.of("gif")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("imageType");
  }

  @Test
  void portalUrlsAreStablePerQuery() {
    String one = kentik.queries().url(bySource().build());
    assertThat(one).startsWith("https://portal.kentik.com/portal/#Charts/shortUrl/");
    assertThat(kentik.queries().url(bySource().build())).isEqualTo(one);
    assertThat(kentik.queries().url(bySource().topx(6).build())).isNotEqualTo(one);
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
