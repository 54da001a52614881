package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.extrahop.model.Customization;
import io.netobs.extrahop.model.Cycle;
import io.netobs.extrahop.model.KeyedValue;
import io.netobs.extrahop.model.MetricResponse;
import io.netobs.extrahop.model.ObjectType;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.extrahop.model.SupportPackStatus;
import io.netobs.extrahop.request.MetricQuery;
import io.netobs.extrahop.request.MetricSpec;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.http.PollOptions;
import io.netobs.http.internal.Poller;
import io.netobs.testing.Samples;
import io.netobs.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixtures' recorded-style ExtraHop payloads, decoded through the resources as they arrive. */
class SamplesDecodingTest extends MockServerTest {
  private static MetricQuery query() {
    return MetricQuery.builder()
        .from(ExtraHopTime.ago(Duration.ofMinutes(30)))
        .category("http_client")
        .metric(MetricSpec.builder().name("req").build())
        .objectType(ObjectType.DEVICE)
        .objectIds(9363)
        .build();
  }

  @Test
  void metricsSamples() {
    server.enqueue(json(Samples.extraHop("metrics")));
    server.enqueue(json(Samples.extraHop("metrics-total")));
    server.enqueue(json(Samples.extraHop("metrics-keyed")));
    Metrics metrics = new Metrics(core);

    MetricResponse series = metrics.query(query());
    MetricResponse total = metrics.total(query());
    MetricResponse keyed = metrics.query(query());

    assertThat(series.stats()).isNotEmpty().allSatisfy(s -> assertThat(s.numberAt(0)).isNotNull());
    assertThat(series.cycle().isKnown()).isTrue();
    assertThat(total.stats()).singleElement().satisfies(s -> assertThat(s.oid()).isEqualTo(-1));
    assertThat(keyed.cycle()).isEqualTo(Cycle.FIVE_MIN);
    List<KeyedValue> codes = keyed.stats().get(0).keyedAt(0);
    assertThat(codes).extracting(KeyedValue::keyText).containsExactly("500", "503");
    assertThat(codes).extracting(k -> k.number().orElseThrow().intValue()).containsExactly(17, 4);
    assertThat(keyed.stats().get(0).listAt(1)).containsExactly(12.5, 87.25, 240.0);
  }

  @Test
  void consoleSamples() {
    server.enqueue(json(Samples.extraHop("metrics-console-xid")));
    server.enqueue(json(Samples.extraHop("metrics-again")));
    server.enqueue(json(Samples.extraHop("metrics")));
    server.enqueue(json(Samples.extraHop("metrics-total")));
    TestClock clock = new TestClock();

    MetricResponse merged =
        new Metrics(core, PollOptions.defaults(), new Poller.Timing(clock, clock::sleep))
            .query(query());

    assertThat(merged.stats()).extracting(s -> s.oid()).contains(-1L);
    assertThat(clock.sleeps()).hasSize(1);
  }

  @Test
  void recordSamples() {
    server.enqueue(json(Samples.extraHop("records-search")));
    server.enqueue(json(Samples.extraHop("records-last-page")));
    RecordQuery query = RecordQuery.builder().from(ExtraHopTime.ago(Duration.ofHours(2))).build();

    List<StoredRecord> records = new Records(core).search(query).stream().toList();

    assertThat(records)
        .extracting(StoredRecord::type)
        .containsExactly("~http", "~dns", "~ssl_open");
    StoredRecord http = records.get(0);
    assertThat(http.timestamp()).contains(Instant.ofEpochMilli(1763894346504L));
    assertThat(http.longValue("statusCode")).hasValue(404);
    assertThat(http.clientPort()).hasValue(54813);
    assertThat(http.field("client")).hasValueSatisfying(c -> assertThat(c).isInstanceOf(Map.class));
    assertThat(records.get(1).string("qname")).contains("nx-7f3a.badexample.invalid");
  }

  @Test
  void customizationAndSupportPackSamples() {
    server.enqueue(json(Samples.extraHop("customization")));
    server.enqueue(json(Samples.extraHop("supportpack-queue-running")));
    server.enqueue(json(Samples.extraHop("supportpack-queue-done")));

    Customization backup = new Customizations(core).get(3);
    SupportPacks packs = new SupportPacks(core);
    SupportPackStatus running = packs.status("4");
    SupportPackStatus done = packs.status("4");

    assertThat(backup.name()).isEqualTo("before-upgrade");
    assertThat(backup.createTime()).isEqualTo(Instant.ofEpochMilli(1763807946000L));
    assertThat(backup.unknownFields()).containsKeys("firmware_version", "bytes", "mod_time");
    assertThat(running.isFinished()).isFalse();
    assertThat(running.unknownFields()).containsEntry("id", 4);
    assertThat(done.isSucceeded()).isTrue();
    assertThat(done.filename()).isEqualTo("diag-20261123-4.expk");
  }
}
