package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.model.Bundle;
import io.netobs.extrahop.model.BundlePolicy;
import io.netobs.extrahop.model.Customization;
import io.netobs.extrahop.model.MetricResponse;
import io.netobs.extrahop.model.MetricStat;
import io.netobs.extrahop.model.ObjectType;
import io.netobs.extrahop.model.PacketCapture;
import io.netobs.extrahop.model.RecordCursorForm;
import io.netobs.extrahop.model.RecordOperator;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.extrahop.model.SupportPack;
import io.netobs.extrahop.model.SupportPackStatus;
import io.netobs.extrahop.request.BundleApplyOptions;
import io.netobs.extrahop.request.MetricQuery;
import io.netobs.extrahop.request.MetricSpec;
import io.netobs.extrahop.request.RecordFilter;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.NotFoundException;
import io.netobs.http.PagedIterable;
import io.netobs.http.PollOptions;
import io.netobs.http.TransportException;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.Fault;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every call of the query and file resources against the stateful fake ExtraHop of the test
 * fixtures.
 */
class FakeExtraHopQueriesTest {
  private FakeExtraHop fake;
  private HttpCore core;
  @TempDir Path dir;

  private void start(FakeExtraHop.Builder builder) {
    fake = builder.start();
    core =
        HttpCore.create(
            fake.apiUrl(),
            Auth.extraHopApiKey(fake.apiKey()),
            CoreOptions.defaults(),
            d -> {},
            () -> 0.5);
  }

  @AfterEach
  void stop() {
    if (core != null) {
      core.close();
    }
    if (fake != null) {
      SuiteCoverage.record(FakeExtraHopQueriesTest.class, fake.journal());
      fake.close();
    }
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    }
  }

  private static RecordQuery httpGets(int limit) {
    return RecordQuery.builder()
        .from(ExtraHopTime.ago(3, ExtraHopTime.Unit.HOURS))
        .types("~http")
        .filter(
            RecordFilter.builder()
                .and(
                    RecordFilter.builder()
                        .field("method")
                        .operator(RecordOperator.EQUALS)
                        .operand("GET")
                        .build(),
                    RecordFilter.builder()
                        .field("serverPort")
                        .operator(RecordOperator.EXISTS)
                        .build())
                .build())
        .limit(limit)
        .build();
  }

  @Test
  void recordSearchPagesLazilyThroughBothCursorFormsWithoutSkipOrRepeat() {
    start(FakeExtraHop.builder().records(1000));
    Records records = new Records(core);

    List<String> all = records.search(httpGets(10_000)).stream().map(StoredRecord::id).toList();
    long total = records.searchPage(httpGets(10_000)).total();
    assertThat(all).hasSize((int) total).doesNotHaveDuplicates().isNotEmpty();
    fake.journal().clear();

    PagedIterable<StoredRecord> byPath = records.search(httpGets(37));
    assertThat(fake.journal().entries()).isEmpty();
    List<StoredRecord> paged = byPath.stream().toList();
    assertThat(paged).extracting(StoredRecord::id).containsExactlyElementsOf(all);
    assertThat(paged)
        .allSatisfy(
            r -> {
              assertThat(r.type()).isEqualTo("~http");
              assertThat(r.string("method")).contains("GET");
              assertThat(r.timestamp()).isPresent();
            });
    int pages = (all.size() + 36) / 37;
    assertThat(fake.journal().entries("POST", "/api/v1/records/search")).hasSize(1);
    assertThat(fake.journal().entries("GET", "/api/v1/records/cursor/{cursor}")).hasSize(pages - 1);

    fake.journal().clear();
    List<String> byBody =
        records
            .withCursorForm(RecordCursorForm.BODY)
            .search(httpGets(37).toBuilder().contextTtl(Duration.ofMinutes(2)).build())
            .stream()
            .map(StoredRecord::id)
            .toList();
    assertThat(byBody).containsExactlyElementsOf(all);
    assertThat(fake.journal().entries("POST", "/api/v1/records/cursor"))
        .hasSize(pages - 1)
        .allSatisfy(
            e -> {
              assertThat(e.query()).containsEntry("context_ttl", List.of("120000"));
              assertThat(e.json().has("context_ttl")).isFalse();
            });
  }

  @Test
  void aSpentCursorIsRefused() {
    start(FakeExtraHop.builder().records(200));
    Records records = new Records(core);
    String cursor = records.searchPage(httpGets(5)).cursor();

    assertThat(records.nextPage(cursor).records()).hasSize(5);
    assertThatThrownBy(() -> records.nextPage(cursor)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void metricsFromASensor() {
    start(FakeExtraHop.builder());
    Metrics metrics = new Metrics(core);
    MetricQuery query =
        MetricQuery.builder()
            .from(ExtraHopTime.ago(Duration.ofMinutes(30)))
            .until(ExtraHopTime.now())
            .category("http_client")
            .metric(
                MetricSpec.builder().name("req").build(),
                MetricSpec.builder().name("tprocess").percentiles(50, 95).build())
            .objectType(ObjectType.DEVICE)
            .objectIds(1, 2)
            .build();

    MetricResponse series = metrics.query(query);
    MetricResponse total = metrics.total(query);
    MetricResponse byObject = metrics.totalByObject(query);

    assertThat(series.stats())
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.values()).hasSize(2);
              assertThat(s.numberAt(0)).isNotNull();
              assertThat(s.listAt(1)).hasSize(2);
            });
    assertThat(series.from()).isBefore(series.until());
    assertThat(total.stats()).isNotEmpty();
    assertThat(byObject.stats()).extracting(s -> s.oid()).contains(1L, 2L);
  }

  @Test
  void metricsForTwelveHundredDevicesComeInThreeRequestsKeyedByDevice() {
    start(FakeExtraHop.builder());
    Metrics metrics = new Metrics(core);
    Instant until = Instant.parse("2026-11-30T12:00:00Z");
    MetricQuery.Builder query =
        MetricQuery.builder()
            .from(ExtraHopTime.at(until.minus(Duration.ofMinutes(30))))
            .until(ExtraHopTime.at(until))
            .category("net")
            .metric(MetricSpec.builder().name("bytes_in").build())
            .objectType(ObjectType.DEVICE);
    List<Long> ids = LongStream.rangeClosed(1, 1200).boxed().toList();

    Map<Long, List<MetricStat>> rows = metrics.forObjects(query.objectIds(ids).build());

    assertThat(fake.journal().entries("POST", "/metrics")).hasSize(3);
    assertThat(rows.keySet()).containsExactlyElementsOf(ids);
    assertThat(rows.values()).allSatisfy(stats -> assertThat(stats).hasSize(60));
    assertThat(rows.get(777L))
        .as("the same rows as a query of that device alone")
        .isEqualTo(metrics.query(query.objectIds(777).build()).stats());
  }

  @Test
  void metricsFromAConsoleArePolledThroughAgainAndMerged() {
    start(FakeExtraHop.builder().consoleMode(2));
    Metrics metrics =
        new Metrics(core)
            .withPolling(
                PollOptions.defaults()
                    .withInitialDelay(Duration.ofMillis(1))
                    .withMaxDelay(Duration.ofMillis(5)));
    int nodes = fake.api().store("nodes").size();
    MetricQuery query =
        MetricQuery.builder()
            .from(ExtraHopTime.ago(Duration.ofMinutes(30)))
            .category("http")
            .metric(MetricSpec.builder().name("rsp").build())
            .objectType(ObjectType.APPLICATION)
            .objectIds(0)
            .build();

    MetricResponse response = metrics.query(query);

    int results = Math.max(nodes, 1);
    assertThat(response.stats()).isNotEmpty();
    assertThat(fake.journal().entries("POST", "/api/v1/metrics")).hasSize(1);
    assertThat(fake.journal().entries("GET", "/api/v1/metrics/next/{xid}")).hasSize(results * 3);
  }

  @Test
  void metricsFromAConsoleThatIsTooSlowTimeOut() {
    start(FakeExtraHop.builder().consoleMode(1000));
    Metrics metrics =
        new Metrics(core)
            .withPolling(
                PollOptions.defaults()
                    .withInitialDelay(Duration.ofMillis(1))
                    .withMaxDelay(Duration.ofMillis(2))
                    .withTimeout(Duration.ofMillis(100)));
    MetricQuery query =
        MetricQuery.builder()
            .from(ExtraHopTime.ago(Duration.ofMinutes(30)))
            .category("http")
            .metric(MetricSpec.builder().name("rsp").build())
            .objectType(ObjectType.APPLICATION)
            .objectIds(0)
            .build();

    assertThatThrownBy(() -> metrics.query(query)).isInstanceOf(WaitTimeoutException.class);
  }

  @Test
  void packetCapturesListDownloadAndDelete() throws Exception {
    long size = 20L * 1024 * 1024;
    start(FakeExtraHop.builder().packetCaptureSize(size));
    PacketCaptures captures = new PacketCaptures(core);

    List<PacketCapture> list = captures.list();
    assertThat(list).isNotEmpty();
    PacketCapture first = list.get(0);
    assertThat(first.name()).isNotBlank();
    assertThat(first.size()).isEqualTo(size);

    Path target = dir.resolve("capture.pcap");
    List<Long> progress = new ArrayList<>();
    assertThat(captures.download(first.id(), target, (n, total) -> progress.add(n)))
        .isEqualTo(size);
    assertThat(Files.size(target)).isEqualTo(size);
    assertThat(progress.get(progress.size() - 1)).isEqualTo(size);

    fake.faults()
        .on("GET", "/api/v1/packetcaptures/{id}")
        .times(1)
        .respond(Fault.disconnectDuringBody());
    assertThat(captures.download(first.id(), dir.resolve("retried.pcap"))).isEqualTo(size);
    assertThat(Files.size(dir.resolve("retried.pcap"))).isEqualTo(size);

    fake.faults()
        .on("GET", "/api/v1/packetcaptures/{id}")
        .always()
        .respond(Fault.disconnectDuringBody());
    assertThatThrownBy(() -> captures.download(first.id(), dir.resolve("broken.pcap")))
        .isInstanceOf(TransportException.class);
    assertThat(files()).containsExactlyInAnyOrder(target, dir.resolve("retried.pcap"));
    fake.faults().clear();

    Generated.DigestStream out = new Generated.DigestStream();
    assertThat(captures.download(first.id(), out)).isEqualTo(size);
    captures.delete(first.id());
    assertThat(captures.list()).extracting(PacketCapture::id).doesNotContain(first.id());
    assertThatThrownBy(() -> captures.download(first.id(), new Generated.DigestStream()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void bundlesUploadExportApplyAndDelete() throws Exception {
    start(FakeExtraHop.builder());
    Bundles bundles = new Bundles(core);
    Path file =
        Files.writeString(
            dir.resolve("bundle.json"),
            "{\"name\": \"from the SDK\", \"description\": \"test\", \"triggers\": [{\"name\": \"t1\"}]}");

    long id = bundles.upload(file);

    assertThat(bundles.list())
        .extracting(Bundle::id, Bundle::name)
        .contains(Tuple.tuple(id, "from the SDK"));
    JsonNode exported = Json.mapper().readTree(bundles.exportText(id));
    assertThat(exported).isEqualTo(Json.mapper().readTree(Files.readString(file)));
    Path target = dir.resolve("export.json");
    bundles.export(id, target);
    assertThat(Json.mapper().readTree(target.toFile())).isEqualTo(exported);
    long fromStream = bundles.upload(Files.newInputStream(file));
    assertThat(fromStream).isNotEqualTo(id);

    bundles.apply(
        id,
        BundleApplyOptions.builder().policy(BundlePolicy.SKIP).includeAssignments(true).build());
    assertThat(fake.journal().last().json())
        .isEqualTo(Json.mapper().readTree("{\"include_assignments\": true, \"policy\": \"skip\"}"));
    bundles.delete(id);
    assertThat(bundles.list()).extracting(Bundle::id).doesNotContain(id);
    assertThatThrownBy(
            () ->
                bundles.apply(
                    id, BundleApplyOptions.builder().policy(BundlePolicy.OVERWRITE).build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void backupsCreateGetDownloadApplyAndDelete() throws Exception {
    long size = 3L * 1024 * 1024;
    start(FakeExtraHop.builder().downloadSize(size));
    Customizations backups = new Customizations(core);
    int before = backups.list().size();

    long id = backups.create("before-sdk-test");

    Customization created = backups.get(id);
    assertThat(created.name()).isEqualTo("before-sdk-test");
    assertThat(created.createTime()).isNotNull();
    assertThat(backups.list()).hasSize(before + 1);
    Path target = dir.resolve("backup.exbk");
    assertThat(backups.download(id, target)).isEqualTo(size);
    assertThat(Files.size(target)).isEqualTo(size);
    backups.apply(id);
    backups.delete(id);
    assertThatThrownBy(() -> backups.get(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void supportPacksRunToCompletionAndDownload() throws Exception {
    long size = 2L * 1024 * 1024;
    start(FakeExtraHop.builder().downloadSize(size).supportPackPolls(3));
    SupportPacks packs =
        new SupportPacks(core)
            .withPolling(
                PollOptions.defaults()
                    .withInitialDelay(Duration.ofMillis(1))
                    .withMaxDelay(Duration.ofMillis(5)));
    Path pack = Generated.file(dir.resolve("fix.expk"), 4096);

    String run = packs.execute(pack);

    assertThat(packs.status(run).isFinished()).isFalse();
    SupportPackStatus done = packs.awaitCompletion(run, Duration.ofSeconds(30));
    assertThat(done.isSucceeded()).isTrue();
    assertThat(done.filename()).isNotBlank();
    assertThat(fake.journal().entries("GET", "/api/v1/supportpacks/queue/{id}")).hasSize(4);
    Set<String> names = new HashSet<>();
    for (SupportPack p : packs.list()) {
      names.add(p.filename());
    }
    assertThat(names).contains(done.filename());
    Path target = dir.resolve("out.expk");
    assertThat(packs.download(done.filename(), target)).isEqualTo(size);
    assertThat(Files.size(target)).isEqualTo(size);
    assertThat(fake.journal().entries("POST", "/api/v1/supportpacks/execute").get(0).body())
        .hasSize(4096);
    assertThat(packs.execute(new ByteArrayInputStream(new byte[] {1, 2, 3}))).isNotEqualTo(run);
  }
}
