package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.DetectionLogEntry;
import io.netobs.extrahop.model.EqlFieldValues;
import io.netobs.extrahop.model.EqlPage;
import io.netobs.extrahop.model.EqlResource;
import io.netobs.extrahop.model.EqlSchema;
import io.netobs.extrahop.model.NetworkUser;
import io.netobs.extrahop.model.NetworkUserFlag;
import io.netobs.extrahop.request.EqlQuery;
import io.netobs.http.BadRequestException;
import io.netobs.http.PagedIterable;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EqlTest extends MockServerTest {
  private Eql eql;

  @BeforeEach
  void start() {
    eql = new Eql(core);
  }

  @Test
  void detectionLogsPageByOffsetLazilyAndKeepEveryField() throws Exception {
    server.enqueue(
        json(
            """
        {"total": 3, "results": [
          {"id": "7-1", "detectionId": 7, "type": "brute_force", "startTime": 1700000000000,
           "victimAddr": "10.10.10.10", "offenderAddr": "10.1.1.1", "newField": {"a": 1}},
          {"id": "7-2", "detectionId": "7"}], "took": 12}"""));
    server.enqueue(json("{\"total\": 3, \"results\": [{\"id\": \"8-1\"}]}"));
    EqlQuery query =
        EqlQuery.builder()
            .eql("victimAddr = '10.10.10.10' | sort by startTime desc")
            .pageSize(2)
            .build();

    PagedIterable<DetectionLogEntry> entries = eql.detectionLogs(query);
    assertThat(server.getRequestCount()).isZero();
    List<DetectionLogEntry> all = entries.stream().toList();

    assertThat(all).extracting(e -> e.id().orElseThrow()).containsExactly("7-1", "7-2", "8-1");
    DetectionLogEntry first = all.get(0);
    assertThat(first.detectionId()).hasValue(7);
    assertThat(first.type()).contains("brute_force");
    assertThat(first.startTime()).contains(Instant.ofEpochMilli(1_700_000_000_000L));
    assertThat(first.victimAddr()).contains("10.10.10.10");
    assertThat(first.offenderAddr()).contains("10.1.1.1");
    assertThat(first.fields()).containsKey("newField");
    assertThat(all.get(1).detectionId()).hasValue(7);
    RecordedRequest one = server.takeRequest();
    assertThat(one.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(one)).isEqualTo("/api/v1/search/eql/detectionlogs");
    assertThat(one.getBody().utf8())
        .isEqualTo(
            "{\"eql\":\"victimAddr = '10.10.10.10' | sort by startTime desc\",\"limit\":2,\"offset\":0}");
    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo(
            "{\"eql\":\"victimAddr = '10.10.10.10' | sort by startTime desc\",\"limit\":2,\"offset\":2}");
  }

  @Test
  void aPageCarriesTheTotalAndUnknownFields() throws Exception {
    server.enqueue(
        json(
            """
        {"total": 42, "results": [{"username": "alice", "custom_high_privilege": "sometimes",
          "last_seen_time": 1700000000000, "sessions": 3}], "took": 5}"""));

    EqlPage<NetworkUser> page =
        eql.networkUsersPage(EqlQuery.builder().eql("username = 'alice'").offset(40).build());

    assertThat(page.total()).isEqualTo(42);
    assertThat(page.unknownFields()).containsEntry("took", 5);
    NetworkUser alice = page.results().get(0);
    assertThat(alice.username()).isEqualTo("alice");
    assertThat(alice.customHighPrivilege().isKnown()).isFalse();
    assertThat(alice.customHighPrivilege().value()).isEqualTo("sometimes");
    assertThat(alice.customHighInfluence()).isNull();
    assertThat(alice.lastSeenTime()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    assertThat(alice.unknownFields()).containsEntry("sessions", 3);
    RecordedRequest request = server.takeRequest();
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/search/eql/networkusers");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"eql\":\"username = 'alice'\",\"limit\":100,\"offset\":40}");
    assertThat(NetworkUserFlag.of("YES")).isSameAs(NetworkUserFlag.YES);
  }

  @Test
  void schemaAndFieldValues() throws Exception {
    server.enqueue(
        json(
            """
        {"resource": "detectionlogs", "fields": [
          {"name": "victimAddr", "type": "ipaddr", "operators": ["=", "!="], "description": "v",
           "examples": ["10.0.0.1"]}], "version": 2}"""));
    server.enqueue(
        json(
            "{\"values\": {\"status\": [\"new\", \"closed\"], \"riskScore\": [10, 90]}, \"x\": 1}"));

    EqlSchema schema = eql.schema(EqlResource.DETECTION_LOGS);
    EqlFieldValues values = eql.fieldValues(EqlResource.DETECTION_LOGS, "status", " riskScore ");

    assertThat(schema.resource()).isEqualTo("detectionlogs");
    assertThat(schema.field("victimAddr"))
        .hasValueSatisfying(
            f -> {
              assertThat(f.type()).isEqualTo("ipaddr");
              assertThat(f.operators()).containsExactly("=", "!=");
              assertThat(f.unknownFields()).containsKey("examples");
            });
    assertThat(schema.unknownFields()).containsEntry("version", 2);
    assertThat(values.of("status")).containsExactly("new", "closed");
    assertThat(values.of("riskScore")).containsExactly(10, 90);
    assertThat(values.of("nothing")).isEmpty();
    assertThat(values.unknownFields()).containsEntry("x", 1);
    assertThat(pathAndQuery(server.takeRequest()))
        .isEqualTo("/api/v1/search/eql/detectionlogs/schema");
    assertThat(pathAndQuery(server.takeRequest()))
        .isEqualTo("/api/v1/search/eql/detectionlogs/schema/fieldvalues?fields=status%2CriskScore");
  }

  @Test
  void aQueryTheServiceRefusesReachesTheCaller() {
    server.enqueue(json(400, "{\"error_message\": \"Unknown field bogus\"}"));

    assertThatThrownBy(
            () ->
                eql.detectionLogs(EqlQuery.builder().eql("bogus = 1").build()).iterator().hasNext())
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Unknown field bogus");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertThatThrownBy(() -> EqlQuery.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eql is required");
    assertThatThrownBy(() -> EqlQuery.builder().eql(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eql");
    assertThatThrownBy(() -> EqlQuery.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> EqlQuery.builder().offset(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
    assertThatThrownBy(() -> eql.fieldValues(EqlResource.RECORDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fields");
    assertThatThrownBy(() -> eql.fieldValues(EqlResource.RECORDS, "a", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fields");
    assertThatThrownBy(() -> eql.schema(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("resource");
    assertThatThrownBy(() -> eql.detectionLogs(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("query");
    EqlQuery query = EqlQuery.builder().eql("a = 1").pageSize(5).offset(10).build();
    assertThat(query.toBuilder().build()).isEqualTo(query).hasSameHashCodeAs(query);
    assertThat(server.getRequestCount()).isZero();
  }
}
