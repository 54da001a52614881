package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimit;
import io.netobs.http.RetryPolicy;
import io.netobs.http.UnauthorizedException;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.kentik.model.AggregateFunction;
import io.netobs.kentik.model.BatchStatus;
import io.netobs.kentik.model.ChartImageType;
import io.netobs.kentik.model.CustomApplication;
import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.Filter;
import io.netobs.kentik.model.FilterGroup;
import io.netobs.kentik.model.FilterSet;
import io.netobs.kentik.model.FlowTag;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.model.Populator;
import io.netobs.kentik.model.SavedFilter;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import io.netobs.kentik.request.CustomApplicationCreate;
import io.netobs.kentik.request.CustomApplicationUpdate;
import io.netobs.kentik.request.CustomDimensionCreate;
import io.netobs.kentik.request.CustomDimensionUpdate;
import io.netobs.kentik.request.FlowTagCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import io.netobs.kentik.request.PopulatorCreate;
import io.netobs.kentik.request.PopulatorUpdate;
import io.netobs.kentik.request.SavedFilterCreate;
import io.netobs.kentik.request.SavedFilterUpdate;
import io.netobs.kentik.request.TopXAggregate;
import io.netobs.kentik.request.TopXQuery;
import io.netobs.testing.FakeKentik;
import io.netobs.testing.Journal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every operation against the stateful fake Kentik of the test fixtures. */
class FakeKentikTest {
  private final FakeKentik fake = FakeKentik.builder().batchPendingPolls(2).start();
  private final KentikClient kentik = client(fake, RateLimit.unlimited());

  static KentikClient client(FakeKentik fake, RateLimit limit) {
    return KentikClient.builder()
        .baseUrl(fake.apiUrl())
        .email(fake.email())
        .apiToken(fake.token())
        .rateLimit(limit)
        .retryPolicy(
            RetryPolicy.builder()
                .initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5))
                .build())
        .build();
  }

  @AfterEach
  void close() {
    SuiteCoverage.record(FakeKentikTest.class, fake.journal());
    kentik.close();
    fake.close();
  }

  @Test
  void tagsFromCreateToDelete() {
    FlowTag created =
        kentik
            .flowTags()
            .create(
                FlowTagCreate.builder()
                    .flowTag("web_servers")
                    .addr("10.1.0.0/16")
                    .port("443")
                    .build());
    assertThat(created.id()).isPositive();
    assertThat(created.companyId()).isEqualTo("74333");
    assertThat(created.createdDate()).isNotNull();

    FlowTag updated =
        kentik.flowTags().update(created.id(), FlowTagUpdate.builder().port("8443").build());
    assertThat(updated.match(MatchField.PORT)).isEqualTo("8443");
    assertThat(updated.match(MatchField.ADDR)).isEqualTo("10.1.0.0/16");
    assertThat(kentik.flowTags().get(created.id()).match(MatchField.PORT)).isEqualTo("8443");
    assertThat(kentik.flowTags().list())
        .extracting(FlowTag::flowTag)
        .containsExactly("web_servers");
    assertThat(fake.tags().get(0).get("port").asText()).isEqualTo("8443");

    kentik.flowTags().delete(created.id());
    assertThat(fake.tagCount()).isZero();
    assertThatThrownBy(() -> kentik.flowTags().get(created.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void customDimensionsAndPopulators() {
    CustomDimension dim =
        kentik
            .customDimensions()
            .create(
                CustomDimensionCreate.builder()
                    .name("c_region")
                    .type(DimensionType.STRING)
                    .displayName("Region")
                    .build());
    assertThat(dim.type()).isEqualTo(DimensionType.STRING);

    Populators populators = kentik.customDimensions().populators(dim);
    Populator emea =
        populators.create(
            PopulatorCreate.builder()
                .value("emea")
                .direction(Direction.SRC)
                .addr("10.2.0.0/16")
                .build());
    assertThat(emea.dimensionId()).isEqualTo(dim.id());
    assertThat(emea.direction()).isEqualTo(Direction.SRC);
    Populator moved =
        populators.update(
            emea.id(), PopulatorUpdate.builder().direction(Direction.DST).port("53").build());
    assertThat(moved.direction()).isEqualTo(Direction.DST);
    assertThat(moved.match(MatchField.PORT)).isEqualTo("53");
    assertThat(populators.list()).extracting(Populator::value).containsExactly("emea");

    CustomDimension renamed =
        kentik
            .customDimensions()
            .update(dim.id(), CustomDimensionUpdate.builder().displayName("World region").build());
    assertThat(renamed.displayName()).isEqualTo("World region");
    assertThat(renamed.populators()).isNotNull();
    assertThat(kentik.customDimensions().list())
        .extracting(CustomDimension::name)
        .containsExactly("c_region");

    populators.delete(emea.id());
    assertThat(fake.populatorCount("c_region")).isZero();
    kentik.customDimensions().delete(dim.id());
    assertThat(fake.customDimensions()).isEmpty();
  }

  @Test
  void savedFiltersKeepThePortalsFieldsThroughAnUpdate() {
    SavedFilter created =
        kentik
            .savedFilters()
            .create(
                SavedFilterCreate.builder()
                    .filterName("rfc1918")
                    .filterDescription("private")
                    .filters(
                        FilterSet.of(
                            "and",
                            FilterGroup.of(
                                "or",
                                false,
                                Filter.of("inet_src_addr", "ILIKE", "10.0.0.0/8"),
                                Filter.of("inet_src_addr", "ILIKE", "192.168.0.0/16"))))
                    .build());
    assertThat(created.id()).isPositive();

    SavedFilter read = kentik.savedFilters().get(created.id());
    SavedFilter updated =
        kentik
            .savedFilters()
            .update(
                read.id(),
                SavedFilterUpdate.builder().from(read).filterDescription("RFC 1918").build());
    assertThat(updated.filterDescription()).isEqualTo("RFC 1918");
    assertThat(updated.filters().filterGroups().get(0).filters()).hasSize(2);
    assertThat(kentik.savedFilters().list())
        .extracting(SavedFilter::filterName)
        .containsExactly("rfc1918");

    kentik.savedFilters().delete(created.id());
    assertThat(fake.savedFilters()).isEmpty();
  }

  @Test
  void customApplications() {
    CustomApplication app =
        kentik
            .customApplications()
            .create(
                CustomApplicationCreate.builder()
                    .name("intranet")
                    .description("internal")
                    .ipRange("10.0.0.0/8")
                    .protocol("6")
                    .port("443")
                    .build());
    assertThat(app.id()).isPositive();
    assertThat(app.userId()).isEqualTo("144319");

    CustomApplication changed =
        kentik
            .customApplications()
            .update(app.id(), CustomApplicationUpdate.builder().from(app).port("8443").build());
    assertThat(changed.port()).isEqualTo("8443");
    assertThat(kentik.customApplications().list())
        .extracting(CustomApplication::port)
        .containsExactly("8443");

    kentik.customApplications().delete(app.id());
    assertThat(fake.customApplications()).isEmpty();
  }

  @Test
  void sampleDataDecodes() {
    try (FakeKentik samples = FakeKentik.builder().sampleData(true).start();
        KentikClient client = client(samples, RateLimit.unlimited())) {
      assertThat(client.flowTags().list()).isNotEmpty();
      assertThat(client.customDimensions().list())
          .extracting(CustomDimension::name)
          .contains("c_region", "c_asn_group");
      assertThat(client.savedFilters().list()).isNotEmpty();
      assertThat(client.customApplications().list()).isNotEmpty();
    }
  }

  @Test
  void wrongCredentialsAre401WithoutTheToken() {
    try (KentikClient wrong =
        KentikClient.builder()
            .baseUrl(fake.apiUrl())
            .email(fake.email())
            .apiToken("not-the-token-123")
            .build()) {
      assertThatThrownBy(() -> wrong.flowTags().list())
          .isInstanceOf(UnauthorizedException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-token-123"));
    }
  }

  @Test
  void aMultiPartReplaceAllBatchOfPopulators() {
    kentik
        .customDimensions()
        .create(
            CustomDimensionCreate.builder()
                .name("c_host")
                .type(DimensionType.STRING)
                .displayName("Host")
                .build());
    kentik
        .customDimensions()
        .populators(kentik.customDimensions().list().get(0).id())
        .create(
            PopulatorCreate.builder()
                .value("stale")
                .direction(Direction.SRC)
                .addr("192.0.2.1")
                .build());
    List<BatchProgress> progress = Collections.synchronizedList(new ArrayList<>());

    BatchOperation op =
        kentik
            .batch()
            .populators("c_host")
            .replaceAll(true)
            .partSizeLimit(2000)
            .upserts(
                IntStream.range(0, 300)
                    .mapToObj(
                        i ->
                            BatchUpsert.builder()
                                .value("host-" + (i / 3))
                                .criteria(
                                    Criterion.builder()
                                        .direction(Direction.EITHER)
                                        .addr("10.9." + (i / 256) + "." + (i % 256))
                                        .build())
                                .build()))
            .listener(progress::add)
            .pollInterval(Duration.ofMillis(5))
            .send();
    BatchStatus done = op.awaitCompletion(Duration.ofSeconds(10));

    assertThat(op.partsSent()).isGreaterThan(3);
    assertThat(fake.batchGuids()).containsExactly(op.guid());
    assertThat(fake.journal().count("POST", "/batch/customdimensions/{dimensionName}/populators"))
        .isEqualTo(op.partsSent());
    assertThat(done.isComplete()).isTrue();
    assertThat(done.numberOfParts()).isEqualTo(op.partsSent());
    assertThat(done.upserts().applied()).isEqualTo(300);
    assertThat(done.replaceAll().requested()).isTrue();
    assertThat(done.replaceAll().deletesPerformed()).isEqualTo(1);
    assertThat(done.customDimension().name()).isEqualTo("c_host");
    assertThat(fake.populatorCount("c_host")).isEqualTo(300);
    // two pending polls, then complete
    assertThat(
            progress.stream()
                .filter(p -> p.status() != null)
                .map(p -> p.status().isComplete())
                .toList())
        .containsExactly(false, false, true);
  }

  @Test
  void aTagBatchWithDeletesAndAnEmptyReplaceAll() {
    kentik.flowTags().create(FlowTagCreate.builder().flowTag("keep_me").port("22").build());
    kentik.flowTags().create(FlowTagCreate.builder().flowTag("drop_me").port("23").build());

    kentik
        .batch()
        .tags()
        .upsert(
            "web", Criterion.builder().port("80").build(), Criterion.builder().port("443").build())
        .delete("drop_me")
        .send();
    assertThat(fake.tags())
        .extracting(t -> t.get("flow_tag").asText())
        .containsExactlyInAnyOrder("keep_me", "web", "web");

    BatchOperation wipe = kentik.batch().tags().replaceAll(true).send();
    assertThat(fake.tagCount()).isZero();
    assertThat(wipe.status().replaceAll().deletesPerformed()).isEqualTo(3);
  }

  @Test
  void aPartTheServerAsksToResubmitStopsTheBatchAndResumeFinishesIt() {
    kentik
        .customDimensions()
        .create(
            CustomDimensionCreate.builder()
                .name("c_site")
                .type(DimensionType.STRING)
                .displayName("Site")
                .build());
    fake.askToResubmitBatchPart(3);
    List<BatchUpsert> all =
        IntStream.range(0, 200)
            .mapToObj(
                i ->
                    BatchUpsert.builder()
                        .value("site_" + i)
                        .criteria(
                            Criterion.builder()
                                .direction(Direction.DST)
                                .addr("172.16." + i + ".0/24")
                                .build())
                        .build())
            .toList();

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () ->
                kentik
                    .batch()
                    .populators("c_site")
                    .replaceAll(true)
                    .partSizeLimit(1500)
                    .upserts(all.stream())
                    .send());

    assertThat(e.failedPartIndex()).isEqualTo(2);
    assertThat(e.partsAccepted()).isEqualTo(2);
    assertThat(e.serverMessage().orElseThrow()).contains("re-submit");
    assertThat(fake.batchStatus(e.guid().orElseThrow()).get("is_complete").asBoolean()).isFalse();
    assertThat(fake.populatorCount("c_site")).isEqualTo(e.criteriaAccepted());

    BatchOperation resumed =
        kentik
            .batch()
            .populators("c_site")
            .replaceAll(true)
            .partSizeLimit(1500)
            .resume(e.guid().orElseThrow())
            .upserts(all.stream().skip(e.criteriaAccepted()))
            .send();

    assertThat(resumed.guid()).isEqualTo(e.guid().orElseThrow());
    assertThat(fake.populatorCount("c_site")).isEqualTo(200);
    JsonNode status = fake.batchStatus(resumed.guid());
    assertThat(status.get("upserts").get("applied").asLong()).isEqualTo(200);
  }

  @Test
  void theFakeRefusesAPopulatorBatchForAnUnknownDimension() {
    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () ->
                kentik
                    .batch()
                    .populators("c_missing")
                    .upsert("x", Criterion.builder().port("1").build())
                    .send());
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.guid()).isEmpty();
  }

  @Test
  void invalidBodiesAre400sThatNameTheProblem() {
    assertThatThrownBy(
            () ->
                kentik
                    .customDimensions()
                    .populators(4242)
                    .create(
                        PopulatorCreate.builder()
                            .value("a")
                            .direction(Direction.SRC)
                            .addr("10.0.0.1")
                            .build()))
        .isInstanceOf(NotFoundException.class);
    kentik
        .customDimensions()
        .create(
            CustomDimensionCreate.builder()
                .name("c_region")
                .type(DimensionType.STRING)
                .displayName("Region")
                .build());
    assertThatThrownBy(
            () ->
                kentik
                    .customDimensions()
                    .create(
                        CustomDimensionCreate.builder()
                            .name("c_region")
                            .type(DimensionType.STRING)
                            .displayName("Again")
                            .build()))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void theDefaultClientKeepsToKentiksLimitsAsTheServerObservesThem() throws Exception {
    try (FakeKentik limited =
            FakeKentik.builder().rateLimit(true).holdEachRequest(Duration.ofMillis(30)).start();
        KentikClient client = client(limited, KentikClient.DEFAULT_RATE_LIMIT)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          calls.add(pool.submit(() -> client.flowTags().list()));
        }
        for (Future<?> call : calls) {
          call.get(20, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(limited.observedMaxConcurrency()).isEqualTo(1);
      assertThat(limited.journal().entries()).noneMatch(entry -> entry.status() == 429);
      assertThat(limited.journal().count("GET", "/tags")).isEqualTo(12);
    }
  }

  @Test
  void everyCatalogueOperationRunsAgainstTheFake() {
    tagsFromCreateToDelete();
    customDimensionsAndPopulators();
    savedFiltersKeepThePortalsFieldsThroughAnUpdate();
    customApplications();
    kentik
        .customDimensions()
        .create(
            CustomDimensionCreate.builder()
                .name("c_all")
                .type(DimensionType.UINT32)
                .displayName("All")
                .build());
    BatchOperation tags =
        kentik.batch().tags().upsert("all_ops", Criterion.builder().port("1").build()).send();
    kentik.batch().populators("c_all").upsert("42", Criterion.builder().port("1").build()).send();
    tags.status();
    TopXQuery query =
        TopXQuery.builder()
            .metric("bytes")
            .dimensions("IP_src")
            .aggregate(
                TopXAggregate.builder()
                    .name("avg_bits_per_sec")
                    .column("f_sum_both_bytes")
                    .function(AggregateFunction.AVERAGE)
                    .raw(true)
                    .build())
            .lookback(Duration.ofHours(1))
            .allDevices()
            .build();
    assertThat(kentik.queries().topXData(query).rows()).isNotEmpty();
    assertThat(kentik.queries().topXChart(query, ChartImageType.PNG).size()).isPositive();
    assertThat(kentik.queries().url(query)).startsWith("https://");

    // Only success answers count: an operation the fake refused is not covered.
    Map<String, Long> counts =
        fake.journal().entries().stream()
            .filter(e -> e.status() >= 200 && e.status() < 300 && e.operationKey() != null)
            .collect(Collectors.groupingBy(Journal.Entry::operationKey, Collectors.counting()));
    assertThat(counts).containsKeys("GET /batch/{guid}/status", "GET /saved-filters/custom");
    assertThat(counts.values()).allMatch(n -> n > 0);
  }
}
