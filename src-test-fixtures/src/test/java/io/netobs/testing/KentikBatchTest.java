package io.netobs.testing;

import static io.netobs.testing.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Kentik fake's Batch API: parts, guids, counters, replace_all, limits, pending polls,
 * re-submission.
 */
class KentikBatchTest {
  private FakeKentik kentik;
  private Http http;

  private void start(FakeKentik.Builder builder) {
    kentik = builder.start();
    http = Http.kentik(kentik);
  }

  @AfterEach
  void stop() {
    if (kentik != null) {
      kentik.close();
    }
  }

  private static String part(
      boolean replaceAll, boolean complete, String guid, String upserts, String deletes) {
    return json(
        "{'replace_all': "
            + replaceAll
            + ", 'complete': "
            + complete
            + (guid == null ? "" : ", 'guid': '" + guid + "'")
            + ", 'upserts': ["
            + upserts
            + "], 'deletes': ["
            + deletes
            + "]}");
  }

  private static String upsert(String value, String... criteria) {
    return "{'value': '" + value + "', 'criteria': [" + String.join(", ", criteria) + "]}";
  }

  private static void assertCountersAddUp(JsonNode status) {
    JsonNode upserts = status.path("upserts");
    assertThat(upserts.path("total").asLong())
        .isEqualTo(
            upserts.path("applied").asLong()
                + upserts.path("invalid").asLong()
                + upserts.path("unchanged").asLong()
                + upserts.path("over_limit").asLong());
    JsonNode deletes = status.path("deletes");
    assertThat(deletes.path("total").asLong())
        .isEqualTo(
            deletes.path("applied").asLong()
                + deletes.path("unchanged").asLong()
                + deletes.path("invalid").asLong());
  }

  @Test
  void threePartTagBatchWithReplaceAllDeletesOnlyAfterTheLastPart() throws IOException {
    start(FakeKentik.builder().sampleData(true));
    assertThat(kentik.tagCount()).isEqualTo(2);

    Http.Response first =
        http.post(
            "/batch/tags",
            part(
                true,
                false,
                null,
                upsert(
                    "web",
                    "{'addr': ['10.0.0.1']}",
                    "{'addr': ['10.0.0.2'], 'port': ['443', '8443']}"),
                ""));
    assertThat(first.status()).isEqualTo(202);
    assertThat(first.json().path("message").asText())
        .isEqualTo("Successfully stored request. Batch queued for processing.");
    String guid = first.json().path("guid").asText();
    assertThat(guid).isNotBlank();
    assertThat(kentik.tagCount()).as("upserts apply at once, replace_all waits").isEqualTo(4);

    Http.Response second =
        http.post(
            "/batch/tags",
            part(
                true,
                false,
                guid,
                upsert("web", "{'addr': ['10.0.0.1']}")
                    + ", "
                    + upsert("x", "{'addr': ['10.0.0.3']}")
                    + ", "
                    + upsert("db", "{'addr': ['10.0.1.1']}", "{'direction': 'src'}"),
                "{'value': 'nothing_here'}, {'value': ''}"));
    assertThat(second.status()).isEqualTo(202);
    assertThat(second.json().path("guid").asText()).isEqualTo(guid);
    assertThat(kentik.tagCount()).isEqualTo(5);
    assertThat(kentik.batchStatus(guid).path("is_complete").asBoolean()).isFalse();

    Http.Response third =
        http.post(
            "/batch/tags",
            part(true, true, guid, upsert("dns", "{'ports': ['53']}"), "{'value': 'db'}"));
    assertThat(third.status()).isEqualTo(202);
    assertThat(kentik.tags())
        .extracting(t -> t.path("flow_tag").asText())
        .containsExactly("web", "web", "dns");
    assertThat(kentik.tags().get(2).path("port").asText())
        .as("batch alias ports -> port")
        .isEqualTo("53");
    assertThat(kentik.tags().get(1).path("port").asText()).isEqualTo("443,8443");

    JsonNode status = http.get("/batch/" + guid + "/status").json();
    assertThat(status.has("custom_dimension")).isFalse();
    assertThat(status.path("guid").asText()).isEqualTo(guid);
    assertThat(status.path("is_multipart").asBoolean()).isTrue();
    assertThat(status.path("is_pending").asBoolean()).isFalse();
    assertThat(status.path("is_complete").asBoolean()).isTrue();
    assertThat(status.path("number_of_parts").asInt()).isEqualTo(3);
    assertThat(status.path("user").path("id").isIntegralNumber()).isTrue();
    assertThat(status.path("user").path("email").asText()).isEqualTo(kentik.email());
    assertThat(status.path("upserts").toString())
        .isEqualTo("{\"total\":7,\"applied\":4,\"invalid\":2,\"unchanged\":1,\"over_limit\":0}");
    assertThat(status.path("deletes").toString())
        .isEqualTo("{\"total\":3,\"applied\":1,\"unchanged\":1,\"invalid\":1}");
    assertThat(status.path("replace_all").toString())
        .isEqualTo("{\"requested\":true,\"deletes_performed\":2,\"successful\":true}");
    assertThat(status.path("batch_date").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?Z");
    assertCountersAddUp(status);

    Http.Response afterCompletion = http.post("/batch/tags", part(true, true, guid, "", ""));
    assertThat(afterCompletion.status()).isEqualTo(400);
    assertThat(afterCompletion.json().path("error").asText()).contains("complete");
  }

  @Test
  void populatorBatchWorksOnOneDimensionByName() throws IOException {
    start(FakeKentik.builder().sampleData(true));

    Http.Response response =
        http.post(
            "/batch/customdimensions/c_region/populators",
            part(
                false,
                true,
                "",
                upsert(
                        "service_abc",
                        "{'direction': 'dst', 'addr': ['91.221.37.160']}",
                        "{'direction': 'SRC', 'addr': ['94.74.74.192']}",
                        "{'addr': ['1.2.3.4']}",
                        "{'direction': 'sideways', 'addr': ['1.2.3.5']}")
                    + ", "
                    + upsert("bad/value", "{'addr': ['1.1.1.1']}"),
                "{'value': 'eu-west'}"));

    assertThat(response.status()).isEqualTo(202);
    String guid = response.json().path("guid").asText();
    assertThat(kentik.populators("c_region"))
        .extracting(p -> p.path("value").asText() + "/" + p.path("direction").asText())
        .containsExactly("us-east/DST", "service_abc/dst", "service_abc/SRC", "service_abc/either");
    JsonNode status = http.get("/batch/" + guid + "/status").json();
    assertThat(status.path("custom_dimension").path("name").asText()).isEqualTo("c_region");
    assertThat(status.path("custom_dimension").path("id").isIntegralNumber()).isTrue();
    assertThat(status.path("is_multipart").asBoolean()).isFalse();
    assertThat(status.path("upserts").path("applied").asInt()).isEqualTo(3);
    assertThat(status.path("upserts").path("invalid").asInt()).isEqualTo(2);
    assertThat(status.path("deletes").path("applied").asInt()).isEqualTo(1);
    assertThat(status.path("replace_all").path("requested").asBoolean()).isFalse();
    assertCountersAddUp(status);

    Http.Response unknown =
        http.post("/batch/customdimensions/c_nothing/populators", part(false, true, null, "", ""));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("error").asText()).contains("c_nothing");
  }

  @Test
  void uint32PopulatorValuesAreCheckedInBatchesToo() throws IOException {
    start(FakeKentik.builder().sampleData(true));
    String guid =
        http.post(
                "/batch/customdimensions/c_asn_group/populators",
                part(
                    false,
                    true,
                    null,
                    upsert("65000", "{'asn': [65000, 65001]}")
                        + ", "
                        + upsert("not_a_number", "{'asn': ['1']}"),
                    ""))
            .json()
            .path("guid")
            .asText();

    assertThat(kentik.populators("c_asn_group").get(0).path("asn").asText())
        .isEqualTo("65000,65001");
    assertThat(kentik.batchStatus(guid).path("upserts").path("invalid").asInt()).isEqualTo(1);
  }

  @Test
  void malformedPartsAndUnknownGuidsAre400() throws IOException {
    start(FakeKentik.builder());
    List<String> invalid =
        List.of(
            json("{'complete': true, 'upserts': []}"),
            json("{'replace_all': false, 'upserts': []}"),
            json("{'replace_all': 'yes', 'complete': true}"),
            json("{'replace_all': false, 'complete': true, 'upserts': {}}"),
            part(false, true, "no-such-guid", "", ""),
            "[]",
            "{oops");
    for (String body : invalid) {
      Http.Response response = http.post("/batch/tags", body);
      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(response.json().path("error").asText()).as(body).isNotBlank();
    }
    assertThat(http.get("/batch/no-such-guid/status").status()).isEqualTo(404);
    assertThat(kentik.batchGuids()).isEmpty();
  }

  @Test
  void aGuidBelongsToItsEndpoint() throws IOException {
    start(FakeKentik.builder().sampleData(true));
    String guid =
        http.post(
                "/batch/tags",
                part(false, false, null, upsert("web", "{'addr': ['10.0.0.1']}"), ""))
            .json()
            .path("guid")
            .asText();

    assertThat(
            http.post(
                    "/batch/customdimensions/c_region/populators", part(false, true, guid, "", ""))
                .status())
        .isEqualTo(400);
  }

  @Test
  void partsOver4MegabytesAreRefused() throws IOException {
    start(FakeKentik.builder());
    String criterion = "{'addr': ['10.0.0.1']}";
    int count = KentikApi.MAX_BATCH_PART_BYTES / (criterion.length() + 2) + 10;
    String criteria =
        IntStream.range(0, count).mapToObj(i -> criterion).collect(Collectors.joining(", "));
    String body = part(false, true, null, upsert("big", criteria), "");
    assertThat(body.length()).isGreaterThan(KentikApi.MAX_BATCH_PART_BYTES);

    Http.Response response = http.post("/batch/tags", body);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().path("error").asText()).contains("4 MB");
    assertThat(kentik.tagCount()).isZero();
    assertThat(kentik.batchGuids()).isEmpty();
  }

  @Test
  void pendingPollsMakeProcessingObservable() throws IOException {
    start(FakeKentik.builder().batchPendingPolls(2));
    String guid =
        http.post(
                "/batch/tags", part(false, true, null, upsert("web", "{'addr': ['10.0.0.1']}"), ""))
            .json()
            .path("guid")
            .asText();

    for (int poll = 0; poll < 2; poll++) {
      JsonNode status = http.get("/batch/" + guid + "/status").json();
      assertThat(status.path("is_pending").asBoolean()).isTrue();
      assertThat(status.path("is_complete").asBoolean()).isFalse();
    }
    JsonNode done = http.get("/batch/" + guid + "/status").json();
    assertThat(done.path("is_pending").asBoolean()).isFalse();
    assertThat(done.path("is_complete").asBoolean()).isTrue();
  }

  @Test
  void aPartCanBeAskedToBeResubmittedAndIsThenNotApplied() throws IOException {
    start(FakeKentik.builder());
    kentik.askToResubmitBatchPart(2);
    String guid =
        http.post(
                "/batch/tags",
                part(false, false, null, upsert("one", "{'addr': ['10.0.0.1']}"), ""))
            .json()
            .path("guid")
            .asText();

    Http.Response refused =
        http.post(
            "/batch/tags", part(false, true, guid, upsert("two", "{'addr': ['10.0.0.2']}"), ""));

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.json().path("error").asText()).contains("re-submit");
    assertThat(refused.json().path("guid").asText()).isEqualTo(guid);
    assertThat(kentik.tagCount()).isEqualTo(1);
    assertThat(kentik.batchStatus(guid).path("number_of_parts").asInt()).isEqualTo(1);

    Http.Response again =
        http.post(
            "/batch/tags", part(false, true, guid, upsert("two", "{'addr': ['10.0.0.2']}"), ""));
    assertThat(again.status()).isEqualTo(202);
    assertThat(kentik.tagCount()).isEqualTo(2);
    assertThat(kentik.batchStatus(guid).path("is_complete").asBoolean()).isTrue();
  }

  @Test
  void identicalPairsAreUnchangedAndTheItemLimitCountsOverLimit() throws IOException {
    start(FakeKentik.builder().batchItemLimit(3));
    String body =
        part(
            false,
            true,
            null,
            upsert(
                "web",
                "{'addr': ['10.0.0.1']}",
                "{'addr': ['10.0.0.1']}",
                "{'addr': ['10.0.0.2']}",
                "{'addr': ['10.0.0.3']}",
                "{'addr': ['10.0.0.4']}"),
            "");

    String guid = http.post("/batch/tags", body).json().path("guid").asText();

    JsonNode status = kentik.batchStatus(guid);
    assertThat(status.path("upserts").toString())
        .isEqualTo("{\"total\":5,\"applied\":3,\"invalid\":0,\"unchanged\":1,\"over_limit\":1}");
    String again = http.post("/batch/tags", body).json().path("guid").asText();
    assertThat(again).isNotEqualTo(guid);
    assertThat(kentik.batchStatus(again).path("upserts").path("unchanged").asInt()).isEqualTo(4);
    assertThat(kentik.tagCount()).isEqualTo(3);
  }

  @Test
  void aFaultedPartChangesNothing() throws IOException {
    start(FakeKentik.builder());
    kentik.faults().on("POST", "/api/v5/batch/tags").respond(Fault.status(503));

    Http.Response faulted =
        http.post(
            "/batch/tags", part(false, true, null, upsert("web", "{'addr': ['10.0.0.1']}"), ""));

    assertThat(faulted.status()).isEqualTo(503);
    assertThat(faulted.json().path("error").asText()).isNotBlank();
    assertThat(kentik.tagCount()).isZero();
    assertThat(kentik.batchGuids()).isEmpty();
    assertThat(kentik.journal().last().faulted()).isTrue();
  }

  @Test
  void aLargeMultiPartBatchIsProcessedWithBodiesOffInTheJournal() throws IOException {
    start(FakeKentik.builder());
    kentik.journal().keepBodies(false);
    int parts = 4;
    int perPart = 30_000;
    String guid = null;
    for (int p = 0; p < parts; p++) {
      StringBuilder criteria = new StringBuilder();
      for (int i = 0; i < perPart; i++) {
        int n = p * perPart + i;
        criteria
            .append(i == 0 ? "" : ",")
            .append("{\"addr\":[\"10.")
            .append(n >> 16)
            .append('.')
            .append((n >> 8) & 255)
            .append('.')
            .append(n & 255)
            .append("\"]}");
      }
      String body =
          "{\"replace_all\":true,\"complete\":"
              + (p == parts - 1)
              + (guid == null ? "" : ",\"guid\":\"" + guid + "\"")
              + ",\"upserts\":[{\"value\":\"bulk\",\"criteria\":["
              + criteria
              + "]}]}";
      Http.Response response = http.post("/batch/tags", body);
      assertThat(response.status()).isEqualTo(202);
      guid = response.json().path("guid").asText();
    }

    assertThat(kentik.tagCount()).isEqualTo(parts * perPart);
    assertThat(kentik.batchStatus(guid).path("upserts").path("applied").asInt())
        .isEqualTo(parts * perPart);
    assertThat(kentik.journal().entries()).allSatisfy(entry -> assertThat(entry.body()).isEmpty());
  }
}
