package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.model.Detection;
import io.netobs.extrahop.model.DetectionParticipant;
import io.netobs.extrahop.model.DetectionResolution;
import io.netobs.extrahop.model.DetectionStatus;
import io.netobs.extrahop.model.Investigation;
import io.netobs.extrahop.model.InvestigationAssessment;
import io.netobs.extrahop.model.InvestigationStatus;
import io.netobs.extrahop.model.TuningRule;
import io.netobs.extrahop.model.TuningRulePreview;
import io.netobs.extrahop.request.DetectionFilter;
import io.netobs.extrahop.request.DetectionFormatCreate;
import io.netobs.extrahop.request.DetectionFormatUpdate;
import io.netobs.extrahop.request.DetectionQuery;
import io.netobs.extrahop.request.DetectionTicketUpdate;
import io.netobs.extrahop.request.DetectionUpdate;
import io.netobs.extrahop.request.InvestigationCreate;
import io.netobs.extrahop.request.InvestigationQuery;
import io.netobs.extrahop.request.InvestigationUpdate;
import io.netobs.extrahop.request.TuningRuleCreate;
import io.netobs.extrahop.request.TuningRuleUpdate;
import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Detections, detection formats, tuning rules and investigations against the stateful fake ExtraHop
 * of the test fixtures: every operation answered with success, and what one call changes is what
 * the next one reads.
 */
class FakeExtraHopDetectionsTest {
  private final TestClock clock = new TestClock();
  private FakeExtraHop fake;
  private ExtraHopClient client;

  @BeforeEach
  void start() {
    fake = FakeExtraHop.builder().devices(40).clock(clock).start();
    client = ExtraHopClient.builder().baseUrl(fake.apiUrl()).apiKey(fake.apiKey()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    SuiteCoverage.record(FakeExtraHopDetectionsTest.class, fake.journal());
    fake.close();
  }

  private List<Long> allIds() {
    return fake.api().store("detections").stream().map(d -> d.get("id").asLong()).toList();
  }

  @Test
  void searchPagesLazilyWithoutSkipOrRepeatAndMatchesTheFullList() {
    List<Long> ids = allIds();
    assertThat(ids).hasSizeGreaterThan(50);
    List<Detection> paged =
        client.detections().search(DetectionQuery.builder().pageSize(7).build()).stream().toList();
    assertThat(paged).extracting(Detection::id).doesNotHaveDuplicates().hasSameSizeAs(ids);
    assertThat(paged)
        .as("the API's order: most recently modified first")
        .isSortedAccordingTo(Comparator.comparing(Detection::modTime).reversed());
    assertThat(paged).allSatisfy(d -> assertThat(d.activityLog()).isEmpty());
    assertThat(paged)
        .filteredOn(d -> d.id() > 3)
        .allSatisfy(
            d -> {
              assertThat(d.offenders()).hasSize(1);
              assertThat(d.participants()).allSatisfy(p -> assertThat(p.ipaddr()).isNotBlank());
            });
    assertThat(
            client.detections().searchIds(DetectionQuery.builder().pageSize(9).build()).stream()
                .toList())
        .containsExactlyElementsOf(paged.stream().map(Detection::id).toList());
    assertThat(client.detections().list()).hasSameSizeAs(ids);
    assertThat(client.detections().list(5)).hasSize(5);
  }

  @Test
  void theFilterWindowsAndSortSelectWhatTheStoredDetectionsSay() {
    List<JsonNode> stored = fake.api().store("detections");
    DetectionQuery openSecurity =
        DetectionQuery.builder()
            .filter(
                DetectionFilter.builder()
                    .categories("sec")
                    .riskScoreMin(50)
                    .statusNone()
                    .status(DetectionStatus.NEW)
                    .build())
            .sortDescending("risk_score")
            .build();
    List<Detection> found = client.detections().search(openSecurity).stream().toList();
    long expected =
        stored.stream()
            .filter(d -> d.get("risk_score").isNumber() && d.get("risk_score").asInt() >= 50)
            .filter(d -> d.get("status").isNull() || d.get("status").asText().equals("new"))
            .count();
    assertThat(found).hasSize((int) expected).isNotEmpty();
    assertThat(found)
        .isSortedAccordingTo(Comparator.comparing(Detection::riskScore).reversed())
        .allSatisfy(
            d -> {
              assertThat(d.isSecurity()).isTrue();
              assertThat(d.status() == null || d.status().equals(DetectionStatus.NEW)).isTrue();
            });

    List<Detection> mine =
        client
            .detections()
            .search(
                DetectionQuery.builder()
                    .filter(DetectionFilter.builder().assigneeMe().build())
                    .build())
            .stream()
            .toList();
    assertThat(mine).allSatisfy(d -> assertThat(d.assignee()).isEqualTo("setup"));
    assertThat(
            client
                .detections()
                .search(
                    DetectionQuery.builder()
                        .filter(DetectionFilter.builder().assigneeNone().ticketIdNone().build())
                        .build())
                .stream())
        .allSatisfy(
            d -> {
              assertThat(d.assignee()).isNull();
              assertThat(d.ticketId()).isNull();
            });
    assertThat(
            client
                .detections()
                .search(
                    DetectionQuery.builder()
                        .filter(
                            DetectionFilter.builder()
                                .types("dns_latency")
                                .recommended(false)
                                .resolutionNone()
                                .build())
                        .from(ExtraHopTime.ago(Duration.ofDays(30)))
                        .until(ExtraHopTime.now())
                        .build())
                .stream())
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.type()).isEqualTo("dns_latency"));

    Detection withLog =
        client
            .detections()
            .search(DetectionQuery.builder().includeActivityLog(true).pageSize(1).build())
            .iterator()
            .next();
    assertThat(withLog.activityLog()).isNotEmpty();
    assertThat(withLog.participants()).as("left out with the activity log").isEmpty();
    assertThat(client.detections().getWithActivityLog(withLog.id()).activityLog())
        .isEqualTo(withLog.activityLog());
  }

  @Test
  void anUpdateChangesWhatGetAndSearchAnswerAndModTimePicksItUp() {
    Instant before = clock.instant();
    Detection d = client.detections().get(1);
    DetectionParticipant offender = d.participants().get(0);
    assertThat(
            client
                .detections()
                .search(
                    DetectionQuery.builder().modTime(ExtraHopTime.at(before.plusMillis(1))).build())
                .stream())
        .isEmpty();
    clock.advance(Duration.ofSeconds(5));
    client
        .detections()
        .update(
            1,
            DetectionUpdate.builder()
                .assignee("ana")
                .status(DetectionStatus.IN_PROGRESS)
                .ticketId("SOC-77")
                .build());
    Detection changed = client.detections().get(1);
    assertThat(changed.assignee()).isEqualTo("ana");
    assertThat(changed.status()).isEqualTo(DetectionStatus.IN_PROGRESS);
    assertThat(changed.ticketId()).isEqualTo("SOC-77");
    assertThat(changed.participants().get(0)).isEqualTo(offender);
    assertThat(
            client
                .detections()
                .search(
                    DetectionQuery.builder()
                        .modTime(ExtraHopTime.at(before.plusMillis(1)))
                        .filter(DetectionFilter.builder().ticketIds("SOC-77").build())
                        .build())
                .stream())
        .extracting(Detection::id)
        .containsExactly(1L);

    client
        .detections()
        .updateTickets(
            List.of(
                DetectionTicketUpdate.builder()
                    .ticketId("SOC-77")
                    .status(DetectionStatus.CLOSED)
                    .resolution(DetectionResolution.ACTION_TAKEN)
                    .build()));
    assertThat(client.detections().get(1).resolution()).isEqualTo(DetectionResolution.ACTION_TAKEN);
    client.detections().update(1, DetectionUpdate.builder().clearStatus().clearAssignee().build());
    assertThat(client.detections().get(1).status()).isNull();
    assertThat(client.detections().get(1).assignee()).isNull();

    assertThatThrownBy(
            () ->
                client
                    .detections()
                    .update(
                        1,
                        DetectionUpdate.builder()
                            .participants(List.of(Map.of("id", 99, "external", true)))
                            .build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("none can be added");
  }

  @Test
  void notesRelatedAndInvestigationsAreStateful() {
    Detections detections = client.detections();
    assertThat(detections.notes(2).note()).isNull();
    detections.replaceNotes(2, "called the owner");
    assertThat(detections.notes(2).note()).isEqualTo("called the owner");
    detections.deleteNotes(2);
    assertThat(detections.notes(2).note()).isNull();
    assertThatThrownBy(() -> detections.notes(9999)).isInstanceOf(NotFoundException.class);

    Detection some = detections.get(10);
    List<Detection> related =
        detections.related(10, ExtraHopTime.ago(Duration.ofDays(30)), ExtraHopTime.now());
    assertThat(related)
        .allSatisfy(
            r -> {
              assertThat(r.id()).isNotEqualTo(10);
              assertThat(shareAParticipant(r, some)).isTrue();
            });

    Investigations investigations = client.investigations();
    long id =
        investigations.create(
            InvestigationCreate.builder().name("Web-9").detectionIds(List.of(10L, 2L)).build());
    assertThat(detections.investigations(10)).extracting(Investigation::id).containsExactly(id);
    investigations.update(
        id,
        InvestigationUpdate.builder()
            .detectionIds(List.of(2L))
            .status(InvestigationStatus.IN_PROGRESS)
            .assessment(InvestigationAssessment.FALSE_POSITIVE)
            .build());
    assertThat(detections.investigations(10)).isEmpty();
    Investigation got = investigations.get(id);
    assertThat(got.status()).isEqualTo(InvestigationStatus.IN_PROGRESS);
    assertThat(got.assessment()).isEqualTo(InvestigationAssessment.FALSE_POSITIVE);
    assertThat(investigations.list()).extracting(Investigation::id).contains(id);
    assertThat(
            investigations.search(
                InvestigationQuery.builder()
                    .creationTime(ExtraHopTime.ago(Duration.ofHours(1)))
                    .isUserCreated(true)
                    .build()))
        .extracting(Investigation::id)
        .containsExactly(id);
    investigations.delete(id);
    assertThatThrownBy(() -> investigations.get(id)).isInstanceOf(NotFoundException.class);
  }

  private static boolean shareAParticipant(Detection a, Detection b) {
    for (DetectionParticipant p : a.participants()) {
      for (DetectionParticipant q : b.participants()) {
        if (p.objectType().equals(q.objectType())
            && (p.objectId() != null
                ? p.objectId().equals(q.objectId())
                : p.objectValue().equals(q.objectValue()))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void formatsAndTuningRulesAreStateful() {
    DetectionFormats formats = client.detections().formats();
    int builtIn = formats.list().size();
    assertThat(formats.getBuiltIn("brute_force").isBuiltIn()).isTrue();
    String type =
        formats.create(
            DetectionFormatCreate.builder()
                .type("beaconing")
                .displayName("Beaconing")
                .categories(List.of("sec.command"))
                .build());
    assertThat(type).isEqualTo("beaconing");
    formats.update(type, DetectionFormatUpdate.builder().displayName("Beaconing out").build());
    assertThat(formats.get(type).displayName()).isEqualTo("Beaconing out");
    assertThat(formats.list()).hasSize(builtIn + 1);
    assertThatThrownBy(() -> formats.delete("brute_force"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("cannot be changed");
    formats.delete(type);
    assertThat(formats.list()).hasSize(builtIn);

    Detection target = client.detections().get(1);
    long offender = target.offenders().get(0).objectId();
    TuningRules rules = client.detections().tuningRules();
    TuningRuleCreate rule =
        TuningRuleCreate.builder()
            .detectionTypes(List.of(target.type()))
            .offenderDevice(offender)
            .anyVictim()
            .neverExpires()
            .build();
    TuningRulePreview preview = rules.preview(rule, 1);
    assertThat(preview.total()).isPositive();
    assertThat(preview.results()).hasSize(1);
    assertThat(preview.results().get(0)).containsEntry("type", target.type());

    long id = rules.create(rule);
    TuningRule created = rules.get(id);
    assertThat(created.expiration()).isNull();
    assertThat(created.enabled()).isTrue();
    rules.update(id, TuningRuleUpdate.builder().enabled(false).description("noisy").build());
    assertThat(rules.get(id).enabled()).isFalse();
    assertThat(rules.list()).extracting(TuningRule::id).contains(id);
    rules.delete(id);
    assertThatThrownBy(() -> rules.get(id)).isInstanceOf(NotFoundException.class);
  }
}
