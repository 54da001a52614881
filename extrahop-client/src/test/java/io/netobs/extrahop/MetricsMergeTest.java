package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.extrahop.model.Cycle;
import io.netobs.extrahop.model.MetricResponse;
import io.netobs.extrahop.model.MetricStat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The merge of a console's parts into one answer: the rows of all in order, the widest range, the
 * latest clock, the first cycle given, the node only when all parts share it.
 */
class MetricsMergeTest {
  private static Instant at(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  private static MetricResponse part(
      Cycle cycle,
      Long node,
      Long clock,
      Long from,
      Long until,
      long oid,
      Map<String, Object> unknown) {
    return new MetricResponse(
        cycle,
        node,
        at(clock),
        at(from),
        at(until),
        List.of(new MetricStat(oid, at(clock), 30000, List.<Object>of(oid * 10), Map.of())),
        unknown);
  }

  @Test
  void partsMergeIntoTheWidestRangeTheLatestClockAndTheFirstCycle() {
    MetricResponse merged =
        Metrics.merge(
            List.of(
                part(null, 4L, 1000L, 500L, 2000L, 1, Map.of("a", 1)),
                part(Cycle.THIRTY_SEC, 4L, 3000L, null, null, 2, Map.of("a", 2, "b", 3)),
                part(Cycle.FIVE_MIN, 4L, 2000L, 100L, 1500L, 3, Map.of()),
                part(null, 4L, null, 300L, 1800L, 4, Map.of())));
    assertThat(merged.cycle()).isEqualTo(Cycle.THIRTY_SEC);
    assertThat(merged.nodeId()).isEqualTo(4L);
    assertThat(merged.clock()).isEqualTo(at(3000L));
    assertThat(merged.from()).isEqualTo(at(100L));
    assertThat(merged.until()).isEqualTo(at(2000L));
    assertThat(merged.stats()).extracting(MetricStat::oid).containsExactly(1L, 2L, 3L, 4L);
    assertThat(merged.unknownFields()).containsExactly(Map.entry("a", 1), Map.entry("b", 3));
  }

  @Test
  void aRangeMissingInTheFirstPartsIsTakenFromTheLaterOnes() {
    MetricResponse merged =
        Metrics.merge(
            List.of(
                part(null, null, null, null, null, 1, Map.of()),
                part(null, null, 700L, 800L, 900L, 2, Map.of()),
                part(null, null, 600L, 850L, 880L, 3, Map.of())));
    assertThat(merged.cycle()).isNull();
    assertThat(merged.nodeId()).isNull();
    assertThat(merged.clock()).isEqualTo(at(700L));
    assertThat(merged.from()).isEqualTo(at(800L));
    assertThat(merged.until()).isEqualTo(at(900L));
  }

  @Test
  void theNodeIsKeptOnlyWhenEveryPartSharesIt() {
    assertThat(
            Metrics.merge(
                    List.of(
                        part(null, 5L, 1L, 1L, 1L, 1, Map.of()),
                        part(null, 6L, 1L, 1L, 1L, 2, Map.of()),
                        part(null, 5L, 1L, 1L, 1L, 3, Map.of())))
                .nodeId())
        .isNull();
    assertThat(
            Metrics.merge(
                    List.of(
                        part(null, null, 1L, 1L, 1L, 1, Map.of()),
                        part(null, 6L, 1L, 1L, 1L, 2, Map.of())))
                .nodeId())
        .isNull();
    assertThat(
            Metrics.merge(
                    List.of(
                        part(null, 6L, 1L, 1L, 1L, 1, Map.of()),
                        part(null, 6L, 1L, 1L, 1L, 2, Map.of())))
                .nodeId())
        .isEqualTo(6L);
  }

  @Test
  void oneOrNoPartAnswerAsThemselves() {
    MetricResponse only = part(Cycle.ONE_HR, 2L, 5L, 1L, 9L, 1, Map.of("x", true));
    assertThat(Metrics.merge(List.of(only))).isSameAs(only);
    MetricResponse none = Metrics.merge(List.of());
    assertThat(none.stats()).isEmpty();
    assertThat(none.nodeId()).isNull();
    assertThat(none.clock()).isNull();
    assertThat(none.from()).isNull();
    assertThat(none.until()).isNull();
  }
}
