package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.Detection;
import io.netobs.extrahop.model.DetectionFormat;
import io.netobs.extrahop.model.DetectionResolution;
import io.netobs.extrahop.model.DetectionStatus;
import io.netobs.extrahop.model.Investigation;
import io.netobs.extrahop.model.InvestigationAssessment;
import io.netobs.extrahop.model.InvestigationStatus;
import io.netobs.extrahop.model.ParticipantRole;
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
import io.netobs.http.PagedIterable;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wire shapes of detections, detection formats, tuning rules and investigations. */
class DetectionsTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  /** A detection as the XSOAR integration's recorded answers show it, plus a field of tomorrow. */
  private static String detection(long id) {
    return """
        {"id": %d, "start_time": 1636720227485, "update_time": 1636720227485,
         "end_time": 1636720227485, "mod_time": 1636720230000,
         "title": "Daily Summary: Credentials Received over HTTP", "description": "Servers received passwords.",
         "categories": ["sec", "sec.caution"], "risk_score": 60, "type": "http_plaintext_password_server",
         "properties": {"uris": ["/login"]},
         "participants": [{"object_type": "device", "object_id": 369, "role": "offender", "external": false,
                           "id": 3, "ipaddr": "10.0.0.9", "hostname": "web-9", "usernames": ["ana"]},
                          {"object_type": "ipaddr", "object_value": "203.0.113.7", "role": "bystander", "id": 4}],
         "ticket_id": null, "assignee": null, "status": null, "resolution": null,
         "mitre_tactics": [{"id": "TA0006", "name": "Credential Access", "legacy_ids": []}],
         "mitre_techniques": [], "appliance_id": 0, "is_user_created": false, "recommended": true,
         "recommended_factors": ["rare"]}"""
        .formatted(id);
  }

  @Test
  void searchIsLazyPagesByOffsetAndSendsTheFilterWindowsAndSortInTheBody() {
    DetectionQuery query =
        DetectionQuery.builder()
            .filter(
                DetectionFilter.builder()
                    .categories("sec.attack")
                    .riskScoreMin(60)
                    .status(DetectionStatus.NEW, DetectionStatus.IN_PROGRESS)
                    .statusNone()
                    .assigneeMe()
                    .assigneeNone()
                    .types("brute_force")
                    .ticketIdNone()
                    .resolution(DetectionResolution.ACTION_TAKEN)
                    .recommended(true)
                    .build())
            .from(ExtraHopTime.at(Instant.ofEpochMilli(1_700_000_000_000L)))
            .until(ExtraHopTime.now())
            .modTime(ExtraHopTime.ago(30, ExtraHopTime.Unit.MINUTES))
            .includeActivityLog(true)
            .sortAscending("mod_time")
            .sortDescending("risk_score")
            .pageSize(2)
            .build();
    PagedIterable<Detection> found = wire.client.detections().search(query);
    assertThat(wire.requestCount()).as("nothing is sent before iteration").isZero();

    wire.json("[" + detection(1) + "," + detection(2) + "]").json("[" + detection(3) + "]");
    Iterator<Detection> it = found.iterator();
    assertThat(it.next().id()).isEqualTo(1);
    assertThat(wire.requestCount()).as("one page fetched").isEqualTo(1);
    assertThat(it.next().id()).isEqualTo(2);
    assertThat(it.next().id()).isEqualTo(3);
    assertThat(it.hasNext()).isFalse();

    String first =
        "{\"filter\":{\"categories\":[\"sec.attack\"],\"risk_score_min\":60,"
            + "\"status\":[\"new\",\"in_progress\",\".none\"],\"assignee\":[\".me\",\".none\"],"
            + "\"types\":[\"brute_force\"],\"ticket_id\":[\".none\"],\"resolution\":[\"action_taken\"],"
            + "\"recommended\":true},\"from\":1700000000000,\"until\":0,\"mod_time\":\"-30m\","
            + "\"include_activity_log\":true,\"sort\":[{\"field\":\"mod_time\",\"direction\":\"asc\"},"
            + "{\"field\":\"risk_score\",\"direction\":\"desc\"}],\"limit\":2,\"offset\":0}";
    RecordedRequest page1 = wire.expect("POST", "/api/v1/detections/search", first);
    assertThat(Wire.body(page1)).as("byte for byte").isEqualTo(first);
    wire.expect("POST", "/api/v1/detections/search", first.replace("\"offset\":0", "\"offset\":2"));
  }

  @Test
  void aDetectionDecodesTypedAndKeepsWhatThisReleaseDoesNotKnow() {
    wire.json(detection(7));
    Detection d = wire.client.detections().get(7);
    wire.expect("GET", "/api/v1/detections/7");

    assertThat(d.status()).isNull();
    assertThat(d.riskScore()).isEqualTo(60);
    assertThat(d.isSecurity()).isTrue();
    assertThat(d.recommended()).isTrue();
    assertThat(d.startTime()).isEqualTo(Instant.ofEpochMilli(1636720227485L));
    assertThat(d.offenders())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.objectId()).isEqualTo(369);
              assertThat(o.ipaddr()).isEqualTo("10.0.0.9");
              assertThat(o.hostname()).isEqualTo("web-9");
              assertThat(o.unknownFields()).containsEntry("usernames", List.of("ana"));
            });
    assertThat(d.participants().get(1).role()).isEqualTo(ParticipantRole.of("bystander"));
    assertThat(d.participants().get(1).role().isKnown()).isFalse();
    assertThat(d.participants().get(1).objectValue()).isEqualTo("203.0.113.7");
    assertThat(d.mitreTactics().get(0).unknownFields()).containsKey("legacy_ids");
    assertThat(d.unknownFields()).containsEntry("recommended_factors", List.of("rare"));
    assertThat(d.properties()).containsKey("uris");
  }

  @Test
  void theActivityLogIsAskedForInTheQueryAndDecoded() {
    wire.json(
        """
        {"id": 5, "status": "acknowledged", "resolution": "no_action_taken", "activity_log": [
          {"start_time": 1, "end_time": 2, "participants": [{"role": "offender", "object_type": "device", "object_id": 9}],
           "properties": {"count": 3}, "seq": 1}]}""");
    Detection d = wire.client.detections().getWithActivityLog(5);
    wire.expect("GET", "/api/v1/detections/5?include_activity_log=true");
    assertThat(d.participants()).isEmpty();
    assertThat(d.status()).isEqualTo(DetectionStatus.ACKNOWLEDGED);
    assertThat(d.resolution()).isEqualTo(DetectionResolution.NO_ACTION_TAKEN);
    assertThat(d.activityLog())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.participants().get(0).isOffender()).isTrue();
              assertThat(e.properties()).containsEntry("count", 3);
              assertThat(e.unknownFields()).containsEntry("seq", 1);
            });
  }

  @Test
  void searchIdsSendsIdOnlyAndTheDeprecatedListTakesALimit() {
    wire.json("[4, 9]").json("[" + detection(1) + "]");
    assertThat(
            wire.client
                .detections()
                .searchIds(DetectionQuery.builder().includeActivityLog(true).build()))
        .containsExactly(4L, 9L);
    assertThat(wire.client.detections().list(5)).hasSize(1);
    wire.expect(
        "POST", "/api/v1/detections/search", "{\"id_only\": true, \"limit\": 200, \"offset\": 0}");
    wire.expect("GET", "/api/v1/detections?limit=5");
  }

  @Test
  void updateSendsOnlyWhatWasSetAndExplicitNullsForWhatWasCleared() {
    wire.noContent().noContent();
    wire.client
        .detections()
        .update(
            3,
            DetectionUpdate.builder()
                .assignee("ana")
                .status(DetectionStatus.IN_PROGRESS)
                .ticketId("SOC-42")
                .participants(List.of(Map.of("id", 3, "external", true)))
                .build());
    wire.client
        .detections()
        .update(
            3,
            DetectionUpdate.builder()
                .clearStatus()
                .clearAssignee()
                .clearResolution()
                .clearTicketId()
                .build());
    wire.expect(
        "PATCH",
        "/api/v1/detections/3",
        "{\"assignee\": \"ana\", \"status\": \"in_progress\", \"ticket_id\": \"SOC-42\","
            + " \"participants\": [{\"id\": 3, \"external\": true}]}");
    wire.expect(
        "PATCH",
        "/api/v1/detections/3",
        "{\"status\": null, \"assignee\": null, \"resolution\": null, \"ticket_id\": null}");
  }

  @Test
  void notesRelatedInvestigationsAndTickets() {
    wire.noContent()
        .json("{\"note\": \"called the owner\", \"author\": \"ana\"}")
        .noContent()
        .json("[" + detection(8) + "]")
        .json("[{\"id\": 2, \"name\": \"Brute force\", \"status\": \"open\", \"event_ids\": [3]}]")
        .noContent();
    Detections detections = wire.client.detections();
    detections.replaceNotes(3, "called the owner");
    assertThat(detections.notes(3).note()).isEqualTo("called the owner");
    detections.deleteNotes(3);
    assertThat(
            detections.related(
                3, ExtraHopTime.at(Instant.ofEpochMilli(1_700_000_000_000L)), ExtraHopTime.now()))
        .extracting(Detection::id)
        .containsExactly(8L);
    Investigation inv = detections.investigations(3).get(0);
    assertThat(inv.status()).isEqualTo(InvestigationStatus.OPEN);
    assertThat(inv.detectionIds()).containsExactly(3L);
    detections.updateTickets(
        List.of(
            DetectionTicketUpdate.builder()
                .ticketId("SOC-1")
                .status(DetectionStatus.CLOSED)
                .resolution(DetectionResolution.ACTION_TAKEN)
                .build()));

    wire.expect("PUT", "/api/v1/detections/3/notes", "{\"note\": \"called the owner\"}");
    wire.expect("GET", "/api/v1/detections/3/notes");
    wire.expect("DELETE", "/api/v1/detections/3/notes");
    wire.expect("GET", "/api/v1/detections/3/related?from=1700000000000&until=0");
    wire.expect("GET", "/api/v1/detections/3/investigations");
    wire.expect(
        "PATCH",
        "/api/v1/detections/tickets",
        "[{\"ticket_id\": \"SOC-1\", \"status\": \"closed\", \"resolution\": \"action_taken\"}]");
  }

  @Test
  void formatsAreNamedByTheirType() {
    wire.created("/api/v1/detections/formats/my_beacon")
        .json(
            "{\"type\": \"brute_force\", \"display_name\": \"Brute Force\", \"is_built_in\": true,"
                + " \"categories\": [\"sec.attack\"], \"release\": \"9.1\"}")
        .noContent()
        .noContent();
    DetectionFormats formats = wire.client.detections().formats();
    String type =
        formats.create(
            DetectionFormatCreate.builder()
                .type("my_beacon")
                .displayName("Beaconing to a known host")
                .categories(List.of("sec.command"))
                .mitreCategories(List.of("T1071"))
                .build());
    assertThat(type).isEqualTo("my_beacon");
    DetectionFormat builtIn = formats.getBuiltIn("brute_force");
    assertThat(builtIn.isBuiltIn()).isTrue();
    assertThat(builtIn.unknownFields()).containsEntry("release", "9.1");
    formats.update("my_beacon", DetectionFormatUpdate.builder().author("soc").build());
    formats.delete("my_beacon");

    wire.expect(
        "POST",
        "/api/v1/detections/formats",
        "{\"type\": \"my_beacon\", \"display_name\": \"Beaconing to a known host\","
            + " \"categories\": [\"sec.command\"], \"mitre_categories\": [\"T1071\"]}");
    wire.expect("GET", "/api/v1/detections/formats/brute_force?built_in_only=true");
    wire.expect("PATCH", "/api/v1/detections/formats/my_beacon", "{\"author\": \"soc\"}");
    wire.expect("DELETE", "/api/v1/detections/formats/my_beacon");
    assertThatThrownBy(() -> DetectionFormatCreate.builder().type("my beacon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type must only contain letters, digits and underscores");
  }

  @Test
  void tuningRulesAndTheirPreview() {
    TuningRuleCreate rule =
        TuningRuleCreate.builder()
            .description("scanner")
            .detectionTypes(List.of("port_scan"))
            .offenderAddress("10.0.0.5")
            .anyVictim()
            .neverExpires()
            .build();
    wire.created("/api/v1/detections/rules/hiding/12")
        .json(
            "{\"id\": 12, \"offender\": {\"object_type\": \"ipaddr\", \"object_value\": \"10.0.0.5\"},"
                + " \"victim\": \"Any\", \"expiration\": 0, \"enabled\": true, \"hits\": 4}")
        .noContent()
        .json("{\"total\": 2, \"results\": [{\"detection_id\": 1}], \"truncated\": false}")
        .noContent();
    TuningRules rules = wire.client.detections().tuningRules();
    assertThat(rules.create(rule)).isEqualTo(12);
    TuningRule got = rules.get(12);
    assertThat(got.expiration()).as("0 means it never expires").isNull();
    assertThat(got.victim()).isEqualTo("Any");
    assertThat(got.offender())
        .isEqualTo(Map.of("object_type", "ipaddr", "object_value", "10.0.0.5"));
    assertThat(got.unknownFields()).containsEntry("hits", 4);
    rules.update(
        12,
        TuningRuleUpdate.builder()
            .enabled(false)
            .expiration(Instant.ofEpochMilli(1_800_000_000_000L))
            .build());
    TuningRulePreview preview = rules.preview(rule, 5000);
    assertThat(preview.total()).isEqualTo(2);
    assertThat(preview.results()).hasSize(1);
    assertThat(preview.unknownFields()).containsEntry("truncated", false);
    rules.delete(12);

    String ruleJson =
        "{\"description\": \"scanner\", \"detection_types\": [\"port_scan\"],"
            + " \"offender\": {\"object_type\": \"ipaddr\", \"object_value\": \"10.0.0.5\"},"
            + " \"victim\": \"Any\", \"expiration\": 0}";
    wire.expect("POST", "/api/v1/detections/rules/hiding", ruleJson);
    wire.expect("GET", "/api/v1/detections/rules/hiding/12");
    wire.expect(
        "PATCH",
        "/api/v1/detections/rules/hiding/12",
        "{\"enabled\": false, \"expiration\": 1800000000000}");
    wire.expect(
        "POST",
        "/api/v1/detections/rules/hiding/preview",
        "{\"rule\": " + ruleJson + ", \"log_preview_limit\": 5000}");
    wire.expect("DELETE", "/api/v1/detections/rules/hiding/12");

    assertThatThrownBy(() -> rules.preview(rule, 5001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("logPreviewLimit must be between 1 and 5000");
    assertThatThrownBy(() -> TuningRuleCreate.builder().anyOffender().anyVictim().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expiration is required");
    assertThat(wire.requestCount()).isEqualTo(5);
  }

  @Test
  void investigationsCreateSearchUpdateDelete() {
    wire.created("/api/v1/investigations/4")
        .json(
            "[{\"id\": 4, \"name\": \"x\", \"assessment\": \"likely_benign\", \"creation_time\": 5}]")
        .noContent()
        .json("[]")
        .noContent();
    Investigations investigations = wire.client.investigations();
    long id =
        investigations.create(
            InvestigationCreate.builder()
                .name("Brute force on web-9")
                .detectionIds(List.of(3L, 8L))
                .assessment(InvestigationAssessment.UNDECIDED)
                .build());
    assertThat(id).isEqualTo(4);
    Investigation found =
        investigations
            .search(
                InvestigationQuery.builder()
                    .creationTime(ExtraHopTime.ago(7, ExtraHopTime.Unit.DAYS))
                    .isUserCreated(true)
                    .build())
            .get(0);
    assertThat(found.assessment().isKnown()).isFalse();
    investigations.update(
        4,
        InvestigationUpdate.builder().status(InvestigationStatus.CLOSED).clearAssignee().build());
    assertThat(investigations.list()).isEmpty();
    investigations.delete(4);

    wire.expect(
        "POST",
        "/api/v1/investigations",
        "{\"name\": \"Brute force on web-9\", \"event_ids\": [3, 8], \"assessment\": \"undecided\"}");
    wire.expect(
        "POST",
        "/api/v1/investigations/search",
        "{\"creation_time\": \"-7d\", \"is_user_created\": true}");
    wire.expect(
        "PATCH", "/api/v1/investigations/4", "{\"status\": \"closed\", \"assignee\": null}");
    wire.expect("GET", "/api/v1/investigations");
    wire.expect("DELETE", "/api/v1/investigations/4");
  }

  @Test
  void badInputIsRefusedBeforeSendingAndTheServicesRefusalArrivesTyped() {
    assertThatThrownBy(() -> DetectionTicketUpdate.builder().status(DetectionStatus.CLOSED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ticket_id is required");
    assertThatThrownBy(() -> DetectionUpdate.builder().build())
        .hasMessageContaining("nothing to update");
    assertThatThrownBy(() -> wire.client.detections().updateTickets(List.of()))
        .hasMessageContaining("tickets must hold at least one ticket");
    assertThatThrownBy(() -> DetectionFilter.builder().assignee(""))
        .hasMessageContaining("assignee element");
    assertThatThrownBy(() -> DetectionQuery.builder().pageSize(0))
        .hasMessageContaining("pageSize must be at least 1");
    assertThat(wire.requestCount()).isZero();

    wire.answer(400, "{\"error_message\": \"Invalid status: done\"}");
    assertThatThrownBy(
            () ->
                wire.client
                    .detections()
                    .update(
                        1, DetectionUpdate.builder().status(DetectionStatus.of("done")).build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Invalid status: done");
    wire.expect("PATCH", "/api/v1/detections/1", "{\"status\": \"done\"}");
  }
}
