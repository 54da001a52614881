package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.json;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.PollOptions;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Poller;
import io.netobs.kentik.model.BatchStatus;
import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import io.netobs.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchTest {
  private final MockKentik kentik = new MockKentik();
  private final BatchServer server = new BatchServer();

  BatchTest() {
    kentik.server.setDispatcher(server);
  }

  @AfterEach
  void close() {
    kentik.close();
  }

  /** {@code n} upserts, one criterion each, values cycling over {@code values} distinct names. */
  static Stream<BatchUpsert> upserts(int n, int values) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                BatchUpsert.builder()
                    .value("value_" + (i % values))
                    .criteria(
                        Criterion.builder()
                            .direction(Direction.DST)
                            .addr(
                                "10."
                                    + (i >> 16 & 255)
                                    + "."
                                    + (i >> 8 & 255)
                                    + "."
                                    + (i & 255)
                                    + "/32")
                            .build())
                    .build());
  }

  /** Every (value, address) pair of the upserts of all parts, in order. */
  static List<String> criteriaOf(List<BatchServer.Part> parts) {
    List<String> all = new ArrayList<>();
    for (BatchServer.Part part : parts) {
      for (JsonNode upsert : part.json().get("upserts")) {
        for (JsonNode criterion : upsert.get("criteria")) {
          all.add(upsert.get("value").asText() + "=" + criterion.get("addr").get(0).asText());
        }
      }
    }
    return all;
  }

  static List<String> expectedCriteria(int n, int values) {
    return upserts(n, values)
        .map(u -> u.value() + "=" + u.criteria().get(0).fields().get(MatchField.ADDR).get(0))
        .toList();
  }

  @Test
  void aSmallOperationIsOnePartInTheDocumentedShape() {
    BatchOperation op =
        kentik
            .client
            .batch()
            .populators("c_service")
            .upsert(
                "service_abc",
                Criterion.builder().direction(Direction.DST).addr("91.221.37.160").build(),
                Criterion.builder().direction(Direction.SRC).addr("94.74.74.192").build(),
                Criterion.builder().direction(Direction.DST).addr("1.2.3.4").build())
            .delete("324234")
            .delete("test4")
            .send();

    assertThat(server.posts).hasSize(1);
    BatchServer.Part part = server.posts.get(0);
    assertThat(part.path()).isEqualTo("/api/v5/batch/customdimensions/c_service/populators");
    assertThat(part.json())
        .isEqualTo(
            json(
                q(
                    "{'replace_all': false, 'complete': true, 'upserts': [{'value': 'service_abc', 'criteria': ["
                        + "{'direction': 'dst', 'addr': ['91.221.37.160']}, {'direction': 'src', 'addr': ['94.74.74.192']},"
                        + " {'direction': 'dst', 'addr': ['1.2.3.4']}]}], 'deletes': [{'value': '324234'}, {'value': 'test4'}]}")));
    assertThat(op.guid()).isEqualTo(BatchServer.GUID);
    assertThat(op.partsSent()).isEqualTo(1);
    assertThat(op.criteriaSent()).isEqualTo(3);
    assertThat(op.deletesSent()).isEqualTo(2);
    assertThat(op.bytesSent()).isEqualTo(part.size());
  }

  @Test
  void criterionTextIsEscapedAndMeasuredInUtf8() {
    String odd = "edge \"quoted\" \\ back\\slash, tab\t, ümlaut, 東京";
    List<Criterion> criteria =
        IntStream.range(0, 20)
            .mapToObj(
                i -> Criterion.builder().interfaceName(odd + i).deviceName("rtr-" + i).build())
            .toList();

    kentik
        .client
        .batch()
        .tags()
        .partSizeLimit(300)
        .upsert(BatchUpsert.builder().value("odd_one").criteria(criteria).build())
        .send();

    List<String> names = new ArrayList<>();
    for (BatchServer.Part part : server.posts) {
      assertThat(part.size()).isLessThanOrEqualTo(300);
      part.json()
          .get("upserts")
          .get(0)
          .get("criteria")
          .forEach(c -> names.add(c.get("interface_name").get(0).asText()));
    }
    assertThat(names).isEqualTo(IntStream.range(0, 20).mapToObj(i -> odd + i).toList());
  }

  @Test
  void deleteValuesAreEscapedWhateverTheyHold() {
    List<String> values =
        List.of(
            "plain-value",
            "edge \"quoted\" \\ back\\slash",
            "tab\t and\nnewline",
            "ümlaut 東京",
            "del\u007f");

    kentik.client.batch().tags().deletes(values).send();

    List<String> deletes = new ArrayList<>();
    server.posts.get(0).json().get("deletes").forEach(d -> deletes.add(d.get("value").asText()));
    assertThat(deletes).isEqualTo(values);
  }

  @Test
  void partsStayUnderTheLimitChainTheGuidAndOnlyTheLastIsComplete() {
    int limit = 1000;
    BatchOperation op =
        kentik.client.batch().tags().partSizeLimit(limit).upserts(upserts(200, 7)).send();

    List<BatchServer.Part> parts = server.posts;
    assertThat(parts.size()).isGreaterThan(5);
    assertThat(op.partsSent()).isEqualTo(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      BatchServer.Part part = parts.get(i);
      assertThat(part.path()).isEqualTo("/api/v5/batch/tags");
      assertThat(part.size()).as("part %d", i).isLessThanOrEqualTo(limit);
      assertThat(part.json().get("complete").asBoolean())
          .as("complete of part %d", i)
          .isEqualTo(i == parts.size() - 1);
      assertThat(part.json().get("replace_all").asBoolean()).isFalse();
      if (i == 0) {
        assertThat(part.json().has("guid")).isFalse();
      } else {
        assertThat(part.json().get("guid").asText()).isEqualTo(BatchServer.GUID);
      }
      if (i < parts.size() - 1) {
        // greedy: the next criterion (about 80 bytes with a new value) would not have fit
        assertThat(part.size()).as("fill of part %d", i).isGreaterThan(limit - 100);
      }
    }
    assertThat(criteriaOf(parts)).isEqualTo(expectedCriteria(200, 7));
    assertThat(op.criteriaSent()).isEqualTo(200);
    assertThat(op.bytesSent()).isEqualTo(parts.stream().mapToLong(BatchServer.Part::size).sum());
  }

  @Test
  void theLimitIsInclusiveToTheByte() {
    kentik.client.batch().tags().upserts(upserts(10, 3)).send();
    int single = server.posts.get(0).size();
    server.posts.clear();

    // The size check keeps room for "complete": false (one byte more than true): a part is never
    // re-cut.
    kentik.client.batch().tags().partSizeLimit(single + 1).upserts(upserts(10, 3)).send();
    assertThat(server.posts).hasSize(1);
    assertThat(server.posts.get(0).size()).isEqualTo(single);
    server.posts.clear();

    kentik.client.batch().tags().partSizeLimit(single).upserts(upserts(10, 3)).send();
    assertThat(server.posts).hasSize(2);
    assertThat(criteriaOf(server.posts)).isEqualTo(expectedCriteria(10, 3));
  }

  @Test
  void aValueWhoseCriteriaDoNotFitOnePartIsCarriedOnAcrossParts() {
    List<Criterion> criteria =
        IntStream.range(0, 50)
            .mapToObj(
                i ->
                    Criterion.builder()
                        .direction(Direction.SRC)
                        .addr("192.168.0." + i + "/32")
                        .build())
            .toList();

    kentik
        .client
        .batch()
        .populators("c_site")
        .partSizeLimit(600)
        .upsert(BatchUpsert.builder().value("datacenter_one").criteria(criteria).build())
        .send();

    assertThat(server.posts.size()).isGreaterThan(2);
    for (BatchServer.Part part : server.posts) {
      assertThat(part.json().get("upserts")).hasSize(1);
      assertThat(part.json().get("upserts").get(0).get("value").asText())
          .isEqualTo("datacenter_one");
      assertThat(part.size()).isLessThanOrEqualTo(600);
    }
    List<String> addresses = new ArrayList<>();
    server.posts.forEach(
        p ->
            p.json()
                .get("upserts")
                .get(0)
                .get("criteria")
                .forEach(c -> addresses.add(c.get("addr").get(0).asText())));
    assertThat(addresses)
        .isEqualTo(criteria.stream().map(c -> c.fields().get(MatchField.ADDR).get(0)).toList());
  }

  @Test
  void deletesFollowUpsertsAndMayStartTheirOwnParts() {
    kentik
        .client
        .batch()
        .tags()
        .partSizeLimit(400)
        .upserts(upserts(6, 2))
        .deletes(IntStream.range(0, 30).mapToObj(i -> "old_tag_" + i))
        .send();

    List<String> deletes = new ArrayList<>();
    boolean seenDelete = false;
    for (BatchServer.Part part : server.posts) {
      assertThat(part.size()).isLessThanOrEqualTo(400);
      if (seenDelete) {
        assertThat(part.json().get("upserts")).isEmpty();
      }
      part.json().get("deletes").forEach(d -> deletes.add(d.get("value").asText()));
      seenDelete |= !part.json().get("deletes").isEmpty();
    }
    assertThat(deletes).isEqualTo(IntStream.range(0, 30).mapToObj(i -> "old_tag_" + i).toList());
    assertThat(criteriaOf(server.posts)).isEqualTo(expectedCriteria(6, 2));
  }

  @Test
  void anEmptyReplaceAllBatchIsOneCompletePartWithNothingInIt() {
    BatchOperation op = kentik.client.batch().tags().replaceAll(true).send();

    assertThat(server.posts).hasSize(1);
    assertThat(server.posts.get(0).json())
        .isEqualTo(
            json(q("{'upserts': [], 'deletes': [], 'replace_all': true, 'complete': true}")));
    assertThat(op.guid()).isEqualTo(BatchServer.GUID);
  }

  @Test
  void replaceAllWithUpsertsIsOnEveryPart() {
    kentik
        .client
        .batch()
        .populators("c_service")
        .replaceAll(true)
        .partSizeLimit(500)
        .upserts(upserts(30, 30))
        .send();

    assertThat(server.posts.size()).isGreaterThan(2);
    server.posts.forEach(p -> assertThat(p.json().get("replace_all").asBoolean()).isTrue());
    assertThat(server.posts.stream().filter(p -> p.json().get("complete").asBoolean()).count())
        .isEqualTo(1);
    assertThat(server.posts.get(server.posts.size() - 1).json().get("complete").asBoolean())
        .isTrue();
  }

  @Test
  void aFailedPartStopsTheOperationWithoutResendingAcceptedParts() {
    server.postOverrides.put(
        2, MockKentik.response(500, "{\"error\": \"batch store unavailable\"}"));

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () ->
                kentik
                    .client
                    .batch()
                    .tags()
                    .replaceAll(true)
                    .partSizeLimit(500)
                    .upserts(upserts(60, 60))
                    .send());

    assertThat(server.posts).hasSize(3); // parts 0 and 1 accepted, part 2 refused, nothing else
    assertThat(server.posts).noneMatch(p -> p.json().get("complete").asBoolean());
    long acceptedCriteria = criteriaOf(server.posts.subList(0, 2)).size();
    assertThat(e.guid()).contains(BatchServer.GUID);
    assertThat(e.failedPartIndex()).isEqualTo(2);
    assertThat(e.partsAccepted()).isEqualTo(2);
    assertThat(e.criteriaAccepted()).isEqualTo(acceptedCriteria);
    assertThat(e.deletesAccepted()).isZero();
    assertThat(e.bytesAccepted())
        .isEqualTo(server.posts.get(0).size() + server.posts.get(1).size());
    assertThat(e.status()).isEqualTo(500);
    assertThat(e.serverMessage().orElseThrow()).contains("batch store unavailable");
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e)
        .hasCauseInstanceOf(ServerErrorException.class)
        .hasMessageContaining("part index 2")
        .hasMessageContaining(BatchServer.GUID)
        .hasMessageContaining("will not be sent again");
  }

  @Test
  void aFailedFirstPartLeavesNothingOpen() {
    server.postOverrides.put(
        0, MockKentik.response(403, "{\"error\": \"member users cannot use the batch API\"}"));

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () -> kentik.client.batch().tags().upserts(upserts(3, 3)).send());

    assertThat(e.guid()).isEmpty();
    assertThat(e.failedPartIndex()).isZero();
    assertThat(e.partsAccepted()).isZero();
    assertThat(e).hasMessageContaining("Nothing was accepted");
  }

  @Test
  void aSuccessStatusWhoseBodyAsksToResubmitIsAFailure() {
    server.postOverrides.put(
        1,
        MockKentik.response(
            200,
            "{\"message\": \"Could not store batch part, please resubmit this part\", \"guid\": \""
                + BatchServer.GUID
                + "\"}"));

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () -> kentik.client.batch().tags().partSizeLimit(400).upserts(upserts(20, 20)).send());

    assertThat(server.posts).hasSize(2);
    assertThat(e.failedPartIndex()).isEqualTo(1);
    assertThat(e.partsAccepted()).isEqualTo(1);
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.serverMessage().orElseThrow()).contains("resubmit");
  }

  @Test
  void anOrdinarySuccessMessageIsNotMistakenForAResendRequest() {
    server.postOverrides.put(
        0,
        MockKentik.response(
            202,
            "{\"message\": \"Successfully stored request. Invalid rows are never retried;"
                + " sending them again changes nothing.\", \"guid\": \""
                + BatchServer.GUID
                + "\"}"));

    BatchOperation op = kentik.client.batch().tags().upserts(upserts(3, 3)).send();

    assertThat(op.partsSent()).isEqualTo(1);
  }

  @Test
  void anErrorFieldInA202IsAFailure() {
    server.postOverrides.put(
        0, MockKentik.response(202, "{\"error\": \"Invalid dimension name\"}"));

    assertThatThrownBy(
            () -> kentik.client.batch().populators("c_nope").upserts(upserts(2, 1)).send())
        .isInstanceOf(BatchPartFailedException.class)
        .hasMessageContaining("Invalid dimension name");
  }

  @Test
  void aLaterPartAnsweredWithoutTheGuidIsNotCountedAsAccepted() {
    // An empty 200 (a proxy answering for the API) and a body cut short: neither shows the part was
    // stored.
    for (String body :
        new String[] {"", "{\"message\": \"Successfully stored request. Batch que"}) {
      server.posts.clear();
      server.postOverrides.put(1, MockKentik.response(200, body));

      BatchPartFailedException e =
          catchThrowableOfType(
              BatchPartFailedException.class,
              () ->
                  kentik.client.batch().tags().partSizeLimit(400).upserts(upserts(20, 20)).send());

      assertThat(server.posts).hasSize(2);
      assertThat(e.failedPartIndex()).isEqualTo(1);
      assertThat(e.partsAccepted()).isEqualTo(1);
      assertThat(e.outcomeUnknown()).isTrue();
      assertThat(e.status()).isEqualTo(200);
      assertThat(e)
          .hasMessageContaining("without the operation's guid")
          .hasMessageContaining("check the status before resuming");
    }
  }

  @Test
  void aConnectionLostAfterAPartWasSentIsNotRetriedAndSaysTheOutcomeIsUnknown() {
    server.postOverrides.put(
        1,
        new MockResponse.Builder()
            .code(202)
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () -> kentik.client.batch().tags().partSizeLimit(400).upserts(upserts(20, 20)).send());

    assertThat(server.posts).hasSize(2); // the part that may have been applied is not sent again
    assertThat(e.failedPartIndex()).isEqualTo(1);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.status()).isZero();
    assertThat(e)
        .hasCauseInstanceOf(TransportException.class)
        .hasMessageContaining("may have received it");
  }

  @Test
  void a429IsRetriedByTheCoreBecauseTheServerRefusedThePartUnprocessed() {
    server.postOverrides.put(
        1,
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "0")
            .body("{\"error\": \"slow down\"}")
            .build());

    BatchOperation op =
        kentik.client.batch().tags().partSizeLimit(400).upserts(upserts(20, 20)).send();

    List<BatchServer.Part> accepted = new ArrayList<>(server.posts);
    accepted.remove(1); // the refused attempt
    assertThat(criteriaOf(accepted)).isEqualTo(expectedCriteria(20, 20));
    assertThat(server.posts.get(1).text()).isEqualTo(server.posts.get(2).text());
    assertThat(op.partsSent()).isEqualTo(accepted.size());
  }

  @Test
  void aCriterionLargerThanAPartIsRefusedBeforeAnythingIsSent() {
    String[] many =
        IntStream.range(0, 100).mapToObj(i -> "172.16." + i + ".0/24").toArray(String[]::new);

    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .batch()
                    .populators("c_site")
                    .partSizeLimit(1000)
                    .upsert("big", Criterion.builder().direction(Direction.SRC).addr(many).build())
                    .send())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("criterion #0")
        .hasMessageContaining("more than a part of 1000 bytes can hold");
    assertThat(server.posts).isEmpty();
  }

  @Test
  void aCriterionLargerThanAPartAfterAcceptedPartsStopsWithTheProgress() {
    String[] many =
        IntStream.range(0, 100).mapToObj(i -> "172.16." + i + ".0/24").toArray(String[]::new);
    Stream<BatchUpsert> source =
        Stream.concat(
            upserts(30, 30),
            Stream.of(
                BatchUpsert.builder()
                    .value("big")
                    .criteria(Criterion.builder().direction(Direction.SRC).addr(many).build())
                    .build()));

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () ->
                kentik
                    .client
                    .batch()
                    .populators("c_site")
                    .partSizeLimit(1000)
                    .upserts(source)
                    .send());

    assertThat(e)
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than a part of 1000 bytes can hold");
    assertThat(e.guid()).contains(BatchServer.GUID);
    assertThat(server.posts).noneMatch(p -> p.json().get("complete").asBoolean());
    assertThat(e.criteriaAccepted()).isEqualTo(criteriaOf(server.posts).size());
  }

  @Test
  void invalidValuesAreRefusedAndNameTheRule() {
    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .batch()
                    .tags()
                    .upsert("has space", Criterion.builder().port("80").build())
                    .send())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upsert #0")
        .hasMessageContaining("2-20 characters");
    CustomDimension uint =
        new CustomDimension(
            98, "c_asn_class", "ASN class", DimensionType.UINT32, null, null, null, null, null);
    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .batch()
                    .populators(uint)
                    .upsert("4294967296", Criterion.builder().asn("1").build())
                    .send())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 to 4294967295");
    String[] addresses =
        IntStream.range(0, 250).mapToObj(i -> "10.0.0." + i).toArray(String[]::new);
    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .batch()
                    .tags()
                    .upsert("too_many", Criterion.builder().addr(addresses).build())
                    .send())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 249");
    assertThatThrownBy(() -> kentik.client.batch().populators("bad name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimensionName");
    assertThat(server.posts).isEmpty();
  }

  @Test
  void anInvalidItemAfterAcceptedPartsStopsWithTheProgress() {
    Stream<BatchUpsert> source =
        Stream.concat(
            upserts(30, 30),
            Stream.of(
                BatchUpsert.builder()
                    .value("not valid!")
                    .criteria(Criterion.builder().port("1").build())
                    .build()));

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () -> kentik.client.batch().tags().partSizeLimit(500).upserts(source).send());

    assertThat(e.getCause())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upsert #30");
    assertThat(e.partsAccepted()).isPositive();
    assertThat(server.posts).noneMatch(p -> p.json().get("complete").asBoolean());
  }

  @Test
  void resumeSendsEveryPartWithTheGivenGuid() {
    kentik
        .client
        .batch()
        .tags()
        .resume(BatchServer.GUID)
        .partSizeLimit(400)
        .upserts(upserts(10, 10))
        .send();

    assertThat(server.posts.size()).isGreaterThan(1);
    server.posts.forEach(
        p -> assertThat(p.json().get("guid").asText()).isEqualTo(BatchServer.GUID));
  }

  @Test
  void streamsAreClosedAndARequestIsSentOnce() {
    AtomicBoolean closed = new AtomicBoolean();
    BatchRequest request =
        kentik.client.batch().tags().upserts(upserts(3, 1).onClose(() -> closed.set(true)));
    request.send();
    assertThat(closed).isTrue();
    assertThatThrownBy(request::send).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sourcesMayBeListsIteratorsAndStreams() {
    kentik
        .client
        .batch()
        .tags()
        .upserts(upserts(3, 3).toList())
        .upserts(upserts(3, 3).iterator())
        .deletes(List.of("a_tag"))
        .deletes(Collections.singletonList("b_tag").iterator())
        .deletes(Stream.of("c_tag"))
        .send();
    JsonNode part = server.posts.get(0).json();
    assertThat(criteriaOf(server.posts)).hasSize(6);
    assertThat(part.get("deletes").toString())
        .isEqualTo(q("[{'value':'a_tag'},{'value':'b_tag'},{'value':'c_tag'}]"));
  }

  @Test
  void statusDecodesEveryCounter() {
    server.statuses.add(BatchServer.status(true, 1, 9955, 9898, 0));

    BatchStatus s = kentik.client.batch().status(BatchServer.GUID);

    assertThat(server.statusPaths).containsExactly("/api/v5/batch/" + BatchServer.GUID + "/status");
    assertThat(s.customDimension()).isEqualTo(new BatchStatus.DimensionRef(98, "c_service"));
    assertThat(s.guid()).isEqualTo(BatchServer.GUID);
    assertThat(s.isMultipart()).isFalse();
    assertThat(s.isPending()).isFalse();
    assertThat(s.isComplete()).isTrue();
    assertThat(s.numberOfParts()).isEqualTo(1);
    assertThat(s.user()).isEqualTo(new BatchStatus.UserRef(2233, "username@domain.com"));
    assertThat(s.upserts()).isEqualTo(new BatchStatus.Upserts(9955, 9898, 0, 0, 57));
    assertThat(s.deletes()).isEqualTo(new BatchStatus.Deletes(0, 0, 0, 0));
    assertThat(s.replaceAll()).isEqualTo(new BatchStatus.ReplaceAll(true, 0, true));
    assertThat(s.batchDate()).isEqualTo(Instant.parse("2018-09-25T21:41:18.88816Z"));
  }

  @Test
  void aTagBatchStatusHasNoDimensionAndMissingCountersReadAsZero() {
    server.statuses.add(
        q(
            "{'guid': '"
                + BatchServer.GUID
                + "', 'is_complete': false, 'is_pending': true, 'number_of_parts': '2'}"));
    BatchStatus s = kentik.client.batch().status(BatchServer.GUID);
    assertThat(s.dimension()).isEmpty();
    assertThat(s.numberOfParts()).isEqualTo(2);
    assertThat(s.upserts().total()).isZero();
    assertThat(s.replaceAll().requested()).isFalse();
  }

  @Test
  void awaitCompletionPollsWithBackoffAndReportsProgress() {
    server.statuses.add(BatchServer.status(false, 3, 100, 40, 0));
    server.statuses.add(BatchServer.status(false, 3, 200, 150, 0));
    server.statuses.add(BatchServer.status(true, 3, 300, 300, 12));
    List<BatchProgress> progress = Collections.synchronizedList(new ArrayList<>());

    BatchOperation op =
        kentik
            .client
            .batch()
            .populators("c_service")
            .replaceAll(true)
            .partSizeLimit(1200)
            .upserts(upserts(30, 5))
            .listener(progress::add)
            .pollInterval(Duration.ofMillis(5))
            .send();
    int parts = op.partsSent();
    BatchStatus done = op.awaitCompletion(Duration.ofSeconds(10));

    assertThat(done.isComplete()).isTrue();
    assertThat(done.replaceAll().deletesPerformed()).isEqualTo(12);
    assertThat(server.statusPaths).hasSize(3);
    // one event per accepted part, then one per poll
    assertThat(progress).hasSize(parts + 3);
    for (int i = 0; i < parts; i++) {
      BatchProgress p = progress.get(i);
      assertThat(p.partsSent()).isEqualTo(i + 1);
      assertThat(p.status()).isNull();
      assertThat(p.allPartsSent()).isEqualTo(i == parts - 1);
      assertThat(p.guid()).isEqualTo(BatchServer.GUID);
    }
    assertThat(progress.get(parts - 1).criteriaSent()).isEqualTo(30);
    assertThat(progress.get(parts - 1).bytesSent()).isEqualTo(op.bytesSent());
    assertThat(progress.subList(parts, parts + 3))
        .extracting(p -> p.status().upserts().applied())
        .containsExactly(40L, 150L, 300L);
  }

  @Test
  void awaitCompletionThrowsWaitTimeoutWithTheLastStatusWhenTimeRunsOut() {
    server.statuses.add(BatchServer.status(false, 1, 10, 1, 0));
    BatchOperation op = kentik.client.batch().operation(BatchServer.GUID);

    WaitTimeoutException timeout =
        catchThrowableOfType(
            () -> op.awaitCompletion(Duration.ofMillis(50)), WaitTimeoutException.class);

    BatchStatus last = timeout.lastState(BatchStatus.class).orElseThrow();
    assertThat(last.isComplete()).isFalse();
    assertThat(server.statusPaths).isNotEmpty();
    assertThat(timeout.method()).isEqualTo("GET");
    assertThat(timeout.path()).isEqualTo("/batch/" + BatchServer.GUID + "/status");
    assertThat(timeout.polls()).isEqualTo(server.statusPaths.size());
    assertThat(timeout.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    assertThat(timeout).hasMessageContaining(BatchServer.GUID).hasMessageContaining("not complete");
  }

  @Test
  void awaitCompletionWaitsOnTheBatchApisClockWithoutSleepingForReal() {
    server.statuses.add(BatchServer.status(false, 1, 10, 1, 0));
    TestClock clock = new TestClock();
    try (HttpCore core =
        HttpCore.create(
            kentik.server.url("/api/v5").toString(),
            Auth.kentik(MockKentik.EMAIL, MockKentik.TOKEN),
            CoreOptions.defaults())) {
      Batch batch = new Batch(core, new Poller.Timing(clock, clock::sleep));
      BatchOperation op = batch.operation(BatchServer.GUID);
      long started = System.nanoTime();

      WaitTimeoutException timeout =
          catchThrowableOfType(
              () ->
                  op.awaitCompletion(
                      PollOptions.defaults()
                          .withInitialDelay(Duration.ofSeconds(1))
                          .withMaxDelay(Duration.ofSeconds(8))
                          .withTimeout(Duration.ofMinutes(1))),
              WaitTimeoutException.class);

      // A minute of polling passed on the test's clock, doubling from 1 s to 8 s, in far less time.
      assertThat(timeout.waited()).isEqualTo(Duration.ofMinutes(1));
      assertThat(clock.sleeps())
          .startsWith(
              Duration.ofSeconds(1),
              Duration.ofSeconds(2),
              Duration.ofSeconds(4),
              Duration.ofSeconds(8));
      assertThat(server.statusPaths).hasSize(timeout.polls());
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void awaitCompletionPollsAsPollOptionsSay() {
    server.statuses.add(BatchServer.status(false, 1, 10, 1, 0));
    server.statuses.add(BatchServer.status(true, 1, 10, 10, 0));
    BatchOperation op = kentik.client.batch().operation(BatchServer.GUID);

    BatchStatus done =
        op.awaitCompletion(
            PollOptions.defaults()
                .withInitialDelay(Duration.ofMillis(5))
                .withTimeout(Duration.ofSeconds(10)));

    assertThat(done.isComplete()).isTrue();
    assertThat(server.statusPaths).hasSize(2);
    assertThatThrownBy(() -> op.awaitCompletion((PollOptions) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("options");
  }

  @Test
  void aFailingListenerDoesNotBreakTheBatch() {
    BatchOperation op =
        kentik
            .client
            .batch()
            .tags()
            .upserts(upserts(3, 3))
            .listener(
                p -> {
                  throw new IllegalStateException("progress bar broke");
                })
            .send();
    assertThat(op.partsSent()).isEqualTo(1);
  }

  @Test
  void partSizeLimitIsBounded() {
    assertThatThrownBy(() -> kentik.client.batch().tags().partSizeLimit(5_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partSizeLimit");
    assertThatThrownBy(() -> kentik.client.batch().tags().partSizeLimit(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partSizeLimit");
    assertThat(BatchRequest.DEFAULT_PART_SIZE_LIMIT).isEqualTo(3_000_000);
  }
}
