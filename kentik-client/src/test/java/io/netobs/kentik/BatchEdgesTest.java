package io.netobs.kentik;

import static io.netobs.kentik.BatchTest.upserts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Poller;
import io.netobs.kentik.model.BatchStatus;
import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import io.netobs.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The edges of the Batch API's splitter and resume: the bounds of its settings, answers that do not
 * name the operation, items refused with what was accepted, and the texts that describe a request.
 */
class BatchEdgesTest {
  private final MockKentik kentik = new MockKentik();
  private final BatchServer server = new BatchServer();

  BatchEdgesTest() {
    kentik.server.setDispatcher(server);
  }

  @AfterEach
  void close() {
    kentik.close();
  }

  private static Criterion criterion(int i) {
    return Criterion.builder().direction(Direction.DST).addr("10.0.0." + i + "/32").build();
  }

  @Test
  void partSizeLimitAcceptsItsBoundsAndNothingBeyond() {
    BatchRequest smallest = kentik.client.batch().tags().partSizeLimit(256);
    BatchRequest largest = kentik.client.batch().tags().partSizeLimit(4 * 1024 * 1024);

    assertThat(smallest.toString()).contains("partSizeLimit=256");
    assertThat(largest.toString()).contains("partSizeLimit=4194304");
    assertThatThrownBy(() -> kentik.client.batch().tags().partSizeLimit(255))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partSizeLimit must be between 256 and 4194304 bytes, was 255");
    assertThatThrownBy(() -> kentik.client.batch().tags().partSizeLimit(4 * 1024 * 1024 + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partSizeLimit must be between 256 and 4194304 bytes, was 4194305");

    smallest.upserts(upserts(10, 10)).send();
    assertThat(server.posts.size()).isGreaterThan(1);
    server.posts.forEach(p -> assertThat(p.size()).isLessThanOrEqualTo(256));
    assertThat(BatchTest.criteriaOf(server.posts)).isEqualTo(BatchTest.expectedCriteria(10, 10));
  }

  @Test
  void pollIntervalMustBePositive() {
    assertThatThrownBy(() -> kentik.client.batch().tags().pollInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pollInterval must be positive, was PT0S");
    assertThatThrownBy(() -> kentik.client.batch().tags().pollInterval(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pollInterval must be positive");
    assertThatThrownBy(() -> kentik.client.batch().tags().pollInterval(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("interval");
    assertThatCode(() -> kentik.client.batch().tags().pollInterval(Duration.ofNanos(1)))
        .doesNotThrowAnyException();
  }

  @Test
  void aRequestAndAnOperationDescribeThemselves() {
    assertThat(kentik.client.batch().tags().toString())
        .isEqualTo("BatchRequest[POST /batch/tags, replaceAll=false, partSizeLimit=3000000]");
    assertThat(
            kentik
                .client
                .batch()
                .populators("c_service")
                .replaceAll(true)
                .partSizeLimit(1000)
                .resume(BatchServer.GUID)
                .toString())
        .isEqualTo(
            "BatchRequest[POST /batch/customdimensions/c_service/populators, replaceAll=true,"
                + " partSizeLimit=1000, resume="
                + BatchServer.GUID
                + "]");

    BatchOperation op =
        kentik.client.batch().tags().upsert("web", criterion(1), criterion(2)).delete("old").send();
    assertThat(op.toString())
        .isEqualTo(
            "BatchOperation[guid="
                + BatchServer.GUID
                + ", partsSent=1, bytesSent="
                + server.posts.get(0).size()
                + ", criteriaSent=2, deletesSent=1]");
    assertThat(kentik.client.batch().operation(BatchServer.GUID).toString())
        .isEqualTo(
            "BatchOperation[guid="
                + BatchServer.GUID
                + ", partsSent=0, bytesSent=0, criteriaSent=0, deletesSent=0]");
  }

  @Test
  void aPartAnsweredWithAnotherGuidKeepsTheOperationsGuid() {
    server.postOverrides.put(
        1,
        MockKentik.response(
            202,
            "{\"message\": \"Successfully stored request.\", \"guid\": \"another-operation\"}"));

    BatchOperation op =
        kentik.client.batch().tags().partSizeLimit(400).upserts(upserts(30, 30)).send();

    assertThat(server.posts.size()).isGreaterThan(2);
    assertThat(op.guid()).isEqualTo(BatchServer.GUID);
    for (BatchServer.Part part : server.posts.subList(1, server.posts.size())) {
      assertThat(part.json().get("guid").asText()).isEqualTo(BatchServer.GUID);
    }
    assertThat(op.partsSent()).isEqualTo(server.posts.size());
  }

  @Test
  void aFirstPartAnsweredWithoutAGuidStopsTheOperation() {
    server.postOverrides.put(
        0, MockKentik.response(202, "{\"message\": \"Batch queued\", \"guid\": \" \"}"));

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () -> kentik.client.batch().tags().partSizeLimit(400).upserts(upserts(30, 30)).send());

    assertThat(server.posts).hasSize(1);
    assertThat(e.guid()).isEmpty();
    assertThat(e.failedPartIndex()).isZero();
    assertThat(e.partsAccepted()).isZero();
    assertThat(e.criteriaAccepted()).isZero();
    assertThat(e.bytesAccepted()).isZero();
    assertThat(e.status()).isEqualTo(202);
    assertThat(e.serverMessage()).contains("Batch queued");
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e)
        .hasNoCause()
        .hasMessage(
            "POST /batch/tags: part index 0 was answered 202 without a guid, so no further part"
                + " could join the operation. Nothing was accepted; no operation is open on the"
                + " server.");
  }

  @Test
  void aLaterPartAnsweredWithTextThatIsNotJsonIsNotCountedAsAccepted() {
    server.postOverrides.put(
        1,
        new mockwebserver3.MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/plain")
            .body("OK")
            .build());

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () -> kentik.client.batch().tags().partSizeLimit(400).upserts(upserts(30, 30)).send());

    assertThat(server.posts).hasSize(2);
    assertThat(e.failedPartIndex()).isEqualTo(1);
    assertThat(e.guid()).contains(BatchServer.GUID);
    assertThat(e.serverMessage()).contains("OK");
    assertThat(e.outcomeUnknown()).isTrue();
  }

  @Test
  void aPartAnsweredWithAJsonListIsNotCountedAsAccepted() {
    server.postOverrides.put(0, MockKentik.response(202, "[\"" + BatchServer.GUID + "\"]"));

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () -> kentik.client.batch().tags().upserts(upserts(3, 3)).send());

    assertThat(e.guid()).isEmpty();
    assertThat(e.serverMessage().orElseThrow()).contains(BatchServer.GUID);
    assertThat(e).hasMessageContaining("without a guid");
  }

  @Test
  void answerFieldsThatAreNotTextAreReadAsTheirJson() {
    server.postOverrides.put(
        0,
        MockKentik.response(
            202,
            "{\"guid\": \""
                + BatchServer.GUID
                + "\", \"error\": {\"code\": 7, \"detail\": \"part store full\"}}"));

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () -> kentik.client.batch().tags().upserts(upserts(3, 3)).send());

    assertThat(e.serverMessage()).contains("{\"code\":7,\"detail\":\"part store full\"}");
    assertThat(e.outcomeUnknown()).isFalse();
    // A refused first part opens nothing, whatever guid its answer names.
    assertThat(e.guid()).isEmpty();
    assertThat(e).hasMessageContaining("was not accepted: status 202");
  }

  @Test
  void aNullErrorAndAnOrdinaryMessageAreAnAcceptance() {
    server.postOverrides.put(
        0,
        MockKentik.response(
            202,
            "{\"message\": \"Stored.\", \"error\": null, \"guid\": \"" + BatchServer.GUID + "\"}"));

    BatchOperation op = kentik.client.batch().tags().upserts(upserts(3, 3)).send();

    assertThat(op.partsSent()).isEqualTo(1);
    assertThat(op.guid()).isEqualTo(BatchServer.GUID);
  }

  @Test
  void aDeleteLargerThanAPartIsRefusedAndNamed() {
    String value = "x".repeat(300);
    String tooLarge =
        " (value \""
            + "x".repeat(80)
            + "...\") is larger than a part of 256 bytes can hold; it cannot be sent";

    assertThatThrownBy(() -> kentik.client.batch().tags().partSizeLimit(256).delete(value).send())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delete #0" + tooLarge);
    assertThat(server.posts).isEmpty();

    // After a part was accepted, the same refusal stops the operation with what was accepted.
    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () ->
                kentik.client.batch().tags().partSizeLimit(256).delete("ok").delete(value).send());
    assertThat(server.posts).hasSize(1);
    assertThat(e.getCause()).hasMessage("delete #1" + tooLarge);
    assertThat(e.deletesAccepted()).isEqualTo(1);
    assertThat(e.partsAccepted()).isEqualTo(1);
  }

  @Test
  void aCriterionLargerThanAPartSaysHowLargeItIsAndWhatAPartHolds() {
    String[] many =
        IntStream.range(0, 100).mapToObj(i -> "172.16." + i + ".0/24").toArray(String[]::new);
    Criterion big = Criterion.builder().direction(Direction.SRC).addr(many).build();
    String criterionJson =
        "{\"direction\":\"src\",\"addr\":[\"" + String.join("\",\"", many) + "\"]}";
    int itemSize = ("{\"value\":\"big\",\"criteria\":[" + criterionJson + "]}").length();
    // A first part without items, with room kept for "complete": false.
    int emptyFirst =
        "{\"upserts\":[],\"deletes\":[],\"replace_all\":false,\"complete\":false}".length();
    int emptyLater = emptyFirst + (",\"guid\":\"" + BatchServer.GUID + "\"").length();
    String tooLarge =
        " takes "
            + itemSize
            + " bytes with its value, more than a part of 1000 bytes can hold (%d bytes once the"
            + " part's fixed fields are written); split its values into several criteria";

    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .batch()
                    .populators("c_site")
                    .partSizeLimit(1000)
                    .upsert("big", big)
                    .send())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "criterion #0 (criterion 0 of upsert #0, value \"big\")"
                + String.format(tooLarge, 1000 - emptyFirst));
    assertThat(server.posts).isEmpty();

    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () ->
                kentik
                    .client
                    .batch()
                    .populators("c_site")
                    .partSizeLimit(1000)
                    .upsert("small", criterion(1))
                    .upsert("big", criterion(2), big)
                    .send());
    assertThat(e.getCause())
        .hasMessage(
            "criterion #2 (criterion 1 of upsert #1, value \"big\")"
                + String.format(tooLarge, 1000 - emptyLater));
    assertThat(e.criteriaAccepted()).isEqualTo(2);
  }

  @Test
  void invalidItemsAreNamedByTheirPlaceInTheSource() {
    assertThatThrownBy(() -> kentik.client.batch().tags().deletes(List.of("ok_one", " ")).send())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delete #1 (value \" \"): value is required and must not be blank");
    assertThatThrownBy(
            () -> kentik.client.batch().tags().deletes(Arrays.asList("ok_one", null)).send())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delete #1 (value null): value is required and must not be blank");
    BatchUpsert valid = BatchUpsert.builder().value("web").criteria(criterion(1)).build();
    assertThatThrownBy(
            () -> kentik.client.batch().tags().upserts(Arrays.asList(valid, null)).send())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upsert #1 is null");
    assertThat(server.posts).isEmpty();
  }

  @Test
  void aTagMayHold249AddressesInOneCriterion() {
    String[] addresses =
        IntStream.range(0, 249)
            .mapToObj(i -> "10.0." + (i / 200) + "." + (i % 200))
            .toArray(String[]::new);

    kentik
        .client
        .batch()
        .tags()
        .upsert("many_hosts", Criterion.builder().addr(addresses).build())
        .send();

    assertThat(server.posts.get(0).json().get("upserts").get(0).get("criteria").get(0).get("addr"))
        .hasSize(249);
  }

  @Test
  void populatorsOfAStringDimensionMayHoldWhatATagMayNot() {
    String[] addresses =
        IntStream.range(0, 250)
            .mapToObj(i -> "10.0." + (i / 200) + "." + (i % 200))
            .toArray(String[]::new);
    CustomDimension dimension =
        new CustomDimension(
            98, "c_service", "Service", DimensionType.STRING, null, null, null, null, null);

    kentik
        .client
        .batch()
        .populators(dimension)
        .upsert("a service name", Criterion.builder().addr(addresses).build())
        .send();

    assertThat(server.posts.get(0).path())
        .isEqualTo("/api/v5/batch/customdimensions/c_service/populators");
    assertThat(server.posts.get(0).json().get("upserts").get(0).get("value").asText())
        .isEqualTo("a service name");
  }

  @Test
  void anInvalidFirstItemOfAResumedOperationStopsWithTheOperationsGuid() {
    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () ->
                kentik
                    .client
                    .batch()
                    .tags()
                    .resume(BatchServer.GUID)
                    .upsert("not valid!", criterion(1))
                    .send());

    assertThat(server.posts).isEmpty();
    assertThat(e.guid()).contains(BatchServer.GUID);
    assertThat(e.failedPartIndex()).isZero();
    assertThat(e.partsAccepted()).isZero();
    assertThat(e.status()).isZero();
    assertThat(e.serverMessage()).isEmpty();
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e.getCause())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upsert #0");
    assertThat(e)
        .hasMessageStartingWith("POST /batch/tags: part index 0 could not be assembled: upsert #0")
        .hasMessageEndingWith(
            ". 0 part(s) (0 criteria, 0 deletes, 0 bytes) were accepted under guid "
                + BatchServer.GUID
                + " and will not be sent again; the operation stays open (not complete)");
  }

  @Test
  void aFailureAfterAcceptedPartsCountsTheirCriteriaDeletesAndBytes() {
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
                    .partSizeLimit(300)
                    .deletes(IntStream.range(0, 40).mapToObj(i -> "old_tag_" + i))
                    .send());

    List<BatchServer.Part> accepted = server.posts.subList(0, 2);
    long deletes = accepted.stream().mapToLong(p -> p.json().get("deletes").size()).sum();
    long bytes = accepted.stream().mapToLong(BatchServer.Part::size).sum();
    assertThat(e.deletesAccepted()).isEqualTo(deletes).isPositive();
    assertThat(e.criteriaAccepted()).isZero();
    assertThat(e.bytesAccepted()).isEqualTo(bytes);
    assertThat(e)
        .hasMessageContaining(
            "2 part(s) (0 criteria, "
                + deletes
                + " deletes, "
                + bytes
                + " bytes) were accepted under guid "
                + BatchServer.GUID);
  }

  @Test
  void awaitCompletionRefusesANegativeTimeoutAndPollsOnceForAZeroOne() {
    BatchOperation op = kentik.client.batch().operation(BatchServer.GUID);
    assertThatThrownBy(() -> op.awaitCompletion(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout must not be negative, was PT-1S");
    assertThatThrownBy(() -> op.awaitCompletion((Duration) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("timeout");
    assertThat(server.statusPaths).isEmpty();

    server.statuses.add(BatchServer.status(false, 1, 10, 1, 0));
    WaitTimeoutException timeout =
        catchThrowableOfType(() -> op.awaitCompletion(Duration.ZERO), WaitTimeoutException.class);
    assertThat(timeout.polls()).isEqualTo(1);
    assertThat(server.statusPaths).hasSize(1);

    server.statuses.add(BatchServer.status(true, 1, 10, 10, 0));
    assertThat(op.awaitCompletion(Duration.ZERO).isComplete()).isTrue();
  }

  @Test
  void awaitCompletionStartsFromTheRequestsPollIntervalAndWaitsAtMost30Seconds() {
    server.statuses.add(BatchServer.status(false, 1, 10, 1, 0));
    TestClock clock = new TestClock();
    try (HttpCore core =
        HttpCore.create(
            kentik.server.url("/api/v5").toString(),
            Auth.kentik(MockKentik.EMAIL, MockKentik.TOKEN),
            CoreOptions.defaults())) {
      Batch batch = new Batch(core, new Poller.Timing(clock, clock::sleep));
      List<BatchProgress> progress = new ArrayList<>();
      BatchOperation op =
          batch
              .tags()
              .upserts(upserts(3, 3))
              .pollInterval(Duration.ofSeconds(3))
              .listener(progress::add)
              .send();

      WaitTimeoutException timeout =
          catchThrowableOfType(
              () -> op.awaitCompletion(Duration.ofMinutes(3)), WaitTimeoutException.class);

      assertThat(clock.sleeps())
          .startsWith(
              Duration.ofSeconds(3),
              Duration.ofSeconds(6),
              Duration.ofSeconds(12),
              Duration.ofSeconds(24),
              Duration.ofSeconds(30),
              Duration.ofSeconds(30));
      assertThat(clock.sleeps()).allMatch(d -> d.compareTo(Duration.ofSeconds(30)) <= 0);
      assertThat(timeout.lastState(BatchStatus.class).orElseThrow().isComplete()).isFalse();
      // one event for the part, then one per poll, each with the counts of what was sent
      assertThat(progress).hasSize(1 + timeout.polls());
      BatchProgress polled = progress.get(progress.size() - 1);
      assertThat(polled.guid()).isEqualTo(BatchServer.GUID);
      assertThat(polled.partsSent()).isEqualTo(1);
      assertThat(polled.criteriaSent()).isEqualTo(3);
      assertThat(polled.deletesSent()).isZero();
      assertThat(polled.bytesSent()).isEqualTo(op.bytesSent());
      assertThat(polled.allPartsSent()).isTrue();
      assertThat(polled.status().upserts().applied()).isEqualTo(1);
    }
  }

  @Test
  void awaitCompletionReportsToTheListenerGivenInsteadOfTheRequests() {
    server.statuses.add(BatchServer.status(true, 1, 3, 3, 0));
    List<BatchProgress> fromRequest = new ArrayList<>();
    List<BatchProgress> given = new ArrayList<>();
    BatchOperation op =
        kentik.client.batch().tags().upserts(upserts(3, 3)).listener(fromRequest::add).send();

    op.awaitCompletion(Duration.ofSeconds(5), given::add);

    assertThat(fromRequest).hasSize(1);
    assertThat(given).hasSize(1);
    assertThat(given.get(0).status().isComplete()).isTrue();
    assertThat(op.status().isComplete()).isTrue();
  }

  @Test
  void deleteValuesMadeOnlyOfCharactersThatNeedEscapingArriveIntact() {
    List<String> values = List.of("\u0001\u001f", "東京", "ü", "\"\"", "\\\\", "~ ~");

    kentik.client.batch().tags().deletes(values).send();

    List<String> received = new ArrayList<>();
    server.posts.get(0).json().get("deletes").forEach(d -> received.add(d.get("value").asText()));
    assertThat(received).isEqualTo(values);
  }
}
