package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.AssignmentResult.Failure;
import io.netobs.extrahop.AssignmentResult.Operation;
import io.netobs.http.ForbiddenException;
import io.netobs.http.ServerErrorException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssignmentsTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  private Assignments<?> tagDevices() {
    return wire.client.tags().devices(7);
  }

  @Test
  void assignSendsOnlyTheAssignList() {
    wire.noContent();
    AssignmentResult result = tagDevices().assign(1, 2, 3);
    wire.expect("POST", "/api/v1/tags/7/devices", "{\"assign\": [1, 2, 3]}");
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.failures()).isEmpty();
    assertThat(result.appliedIds()).containsExactly(1L, 2L, 3L);
    assertThat(result.calls()).isEqualTo(1);
    assertThat(result.requireSuccess()).isSameAs(result);
  }

  @Test
  void unassignSendsOnlyTheUnassignList() {
    wire.noContent();
    tagDevices().unassign(List.of(4L, 5L));
    wire.expect("POST", "/api/v1/tags/7/devices", "{\"unassign\": [4, 5]}");
  }

  @Test
  void status207WithAnObjectKeyedByIdNamesTheFailedIds() {
    wire.answer(
        207, "{\"2\": \"Device not found\", \"3\": {\"error_message\": \"Permission denied\"}}");
    AssignmentResult result = tagDevices().assign(1, 2, 3);
    assertThat(result.isSuccess()).isFalse();
    assertThat(result.hasUnreadableFailures()).isFalse();
    assertThat(result.failures())
        .containsExactly(
            new Failure(2, Operation.ASSIGN, "Device not found"),
            new Failure(3, Operation.ASSIGN, "Permission denied"));
    assertThat(result.appliedIds()).containsExactly(1L);
    assertThat(result.rawBodies()).hasSize(1);
    assertThatThrownBy(result::requireSuccess)
        .isInstanceOf(AssignmentException.class)
        .hasMessageContaining("2 of 3 ids were not applied")
        .hasMessageContaining("2 (assign): Device not found")
        .satisfies(e -> assertThat(((AssignmentException) e).failedIds()).containsExactly(2L, 3L));
  }

  @Test
  void status207WithAnArrayOfPerIdErrorsAndSuccesses() {
    wire.answer(
        207,
        "[{\"id\": 1, \"status\": 204}, {\"id\": 2, \"status\": 404, \"error\": \"no such device\"}, {\"object_id\": \"3\", \"message\": \"locked\"}]");
    AssignmentResult result = tagDevices().update(List.of(1L, 2L), List.of(3L));
    assertThat(result.failures())
        .containsExactly(
            new Failure(2, Operation.ASSIGN, "no such device"),
            new Failure(3, Operation.UNASSIGN, "locked"));
    assertThat(result.appliedIds()).containsExactly(1L);
  }

  @Test
  void status207NestedUnderAssignAndUnassign() {
    wire.answer(
        207,
        "{\"assign\": {\"errors\": [5]}, \"unassign\": [{\"id\": 6, \"error_message\": \"not assigned\"}]}");
    AssignmentResult result = tagDevices().update(List.of(5L), List.of(6L));
    assertThat(result.failures())
        .containsExactly(
            new Failure(5, Operation.ASSIGN, null),
            new Failure(6, Operation.UNASSIGN, "not assigned"));
  }

  @Test
  void status207WithAnUnknownShapeIsNeverSuccess() {
    wire.answer(207, "{\"error_message\": \"Some assignments failed\"}");
    AssignmentResult result = tagDevices().assign(1, 2);
    assertThat(result.isSuccess()).isFalse();
    assertThat(result.hasUnreadableFailures()).isTrue();
    assertThat(result.failures()).isEmpty();
    assertThat(result.rawBodies())
        .containsExactly("{\"error_message\": \"Some assignments failed\"}");
    assertThatThrownBy(result::requireSuccess)
        .isInstanceOf(AssignmentException.class)
        .hasMessageContaining("207 Multi-Status without naming the failed ids")
        .hasMessageContaining("Some assignments failed");
  }

  @Test
  void status207WithAnEmptyOrNonJsonBodyIsNeverSuccess() {
    wire.answer(207, "");
    assertThat(tagDevices().assign(1).hasUnreadableFailures()).isTrue();
    wire.answer(207, "<html><title>Multi-Status</title></html>");
    AssignmentResult html = tagDevices().assign(1);
    assertThat(html.isSuccess()).isFalse();
    assertThat(html.rawBodies().get(0)).contains("<html>");
  }

  @Test
  void longListsAreSentInBatchesAndTheResultsMerged() {
    List<Long> ids = LongStream.rangeClosed(1, 2500).boxed().toList();
    wire.noContent();
    wire.answer(207, "{\"1500\": \"gone\"}");
    wire.noContent();
    AssignmentResult result = tagDevices().assign(ids);
    assertThat(result.calls()).isEqualTo(3);
    RecordedRequest first = wire.expect("POST", "/api/v1/tags/7/devices");
    RecordedRequest second = wire.expect("POST", "/api/v1/tags/7/devices");
    RecordedRequest third = wire.expect("POST", "/api/v1/tags/7/devices");
    assertThat(Wire.jsonOf(Wire.body(first)).get("assign")).hasSize(1000);
    assertThat(Wire.jsonOf(Wire.body(second)).get("assign").get(0).asLong()).isEqualTo(1001);
    assertThat(Wire.jsonOf(Wire.body(third)).get("assign")).hasSize(500);
    assertThat(result.failedIds()).containsExactly(1500L);
    assertThat(result.appliedIds()).hasSize(2499);
  }

  @Test
  void batchesMixAssignAndUnassignWithinTheLimit() {
    wire.noContent().noContent();
    AssignmentResult result =
        tagDevices().withBatchSize(3).update(List.of(1L, 2L), List.of(3L, 4L));
    assertThat(result.calls()).isEqualTo(2);
    wire.expect("POST", "/api/v1/tags/7/devices", "{\"assign\": [1, 2], \"unassign\": [3]}");
    wire.expect("POST", "/api/v1/tags/7/devices", "{\"unassign\": [4]}");
  }

  @Test
  void aBatchFailingAfterOthersWereAppliedSaysWhatWasNotSent() {
    wire.noContent();
    wire.answer(403, "{\"error_message\": \"forbidden\"}");
    assertThatThrownBy(() -> tagDevices().withBatchSize(2).assign(1, 2, 3, 4, 5))
        .isInstanceOf(AssignmentException.class)
        .hasCauseInstanceOf(ForbiddenException.class)
        .hasMessageContaining("batch 2")
        .satisfies(
            e -> {
              AssignmentException ae = (AssignmentException) e;
              assertThat(ae.notAttempted()).containsExactly(3L, 4L, 5L);
              assertThat(ae.result().requestedAssign()).containsExactly(1L, 2L);
              assertThat(ae.result().calls()).isEqualTo(1);
            });
  }

  @Test
  void aFailingFirstBatchThrowsTheApiExceptionItself() {
    wire.answer(403, "{\"error_message\": \"forbidden\"}");
    assertThatThrownBy(() -> tagDevices().assign(1))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("forbidden");
  }

  @Test
  void assignmentPostsAreRetriedOnServerErrorsBecauseTheyAreIdempotent() {
    wire.answer(503, "{\"error_message\": \"busy\"}").noContent();
    assertThat(tagDevices().assign(1).isSuccess()).isTrue();
    assertThat(wire.requestCount()).isEqualTo(2);
  }

  @Test
  void serverErrorsAfterRetriesSurface() {
    wire.answer(500, "{}").answer(500, "{}").answer(500, "{\"error_message\": \"down\"}");
    assertThatThrownBy(() -> tagDevices().assign(1)).isInstanceOf(ServerErrorException.class);
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  @Test
  void idsAreCheckedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> tagDevices().assign(1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ids[1] must be a positive id, was -2");
    assertThatThrownBy(() -> tagDevices().unassign(0))
        .hasMessageContaining("ids[0] must be a positive id, was 0");
    assertThatThrownBy(() -> tagDevices().update(List.of(3L), List.of(4L, -4L)))
        .hasMessageContaining("unassign[1] must be a positive id, was -4");
    assertThatThrownBy(() -> tagDevices().update(List.of(1L), List.of(1L)))
        .hasMessageContaining("id 1 is in both assign and unassign");
    assertThatThrownBy(() -> tagDevices().assign(Arrays.asList(1L, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ids must not contain null");
    assertThatThrownBy(() -> tagDevices().assignOne(0))
        .hasMessageContaining("childId must be a positive id");
    assertThatThrownBy(() -> tagDevices().unassignOne(-1))
        .hasMessageContaining("childId must be a positive id");
    assertThatThrownBy(() -> wire.client.tags().devices(0))
        .hasMessageContaining("id must be a positive id");
    assertThatThrownBy(() -> tagDevices().withBatchSize(0))
        .hasMessageContaining("batchSize must be >= 1");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void duplicatesAreDroppedAndEmptyListsSendNothing() {
    AssignmentResult nothing = tagDevices().update(List.of(), new ArrayList<>());
    assertThat(nothing.isSuccess()).isTrue();
    assertThat(nothing.calls()).isZero();
    assertThat(wire.requestCount()).isZero();
    wire.noContent();
    tagDevices().assign(3, 3, 1, 3);
    wire.expect("POST", "/api/v1/tags/7/devices", "{\"assign\": [3, 1]}");
  }

  @Test
  void assignOneAndUnassignOneUseTheChildPath() {
    wire.noContent().noContent();
    wire.client.alerts().emailGroups(12).assignOne(34);
    wire.client.alerts().emailGroups(12).unassignOne(34);
    wire.expect("POST", "/api/v1/alerts/12/emailgroups/34");
    wire.expect("DELETE", "/api/v1/alerts/12/emailgroups/34");
  }

  @Test
  void networksStartAtIdZeroAsParentsAndAsChildren() {
    wire.json("[]").noContent().noContent();
    assertThat(wire.client.networks().alerts(0).list()).isEmpty();
    wire.client.alerts().networks(3).assign(0, 2);
    wire.client.alerts().networks(3).unassignOne(0);
    wire.expect("GET", "/api/v1/networks/0/alerts");
    wire.expect("POST", "/api/v1/alerts/3/networks", "{\"assign\": [0, 2]}");
    wire.expect("DELETE", "/api/v1/alerts/3/networks/0");
    assertThatThrownBy(() -> wire.client.networks().alerts(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must not be negative");
    assertThatThrownBy(() -> wire.client.alerts().networks(3).unassign(-1))
        .hasMessageContaining("ids[0] must be a non-negative id, was -1");
    assertThatThrownBy(() -> wire.client.alerts().networks(3).assignOne(-1))
        .hasMessageContaining("childId must not be negative");
    assertThatThrownBy(() -> wire.client.alerts().devices(3).assign(0))
        .hasMessageContaining("ids[0] must be a positive id, was 0");
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  @Test
  void directAssignmentsOnlyIsAQueryParameter() {
    wire.json("[{\"id\": 4}]").json("[]");
    assertThat(wire.client.devices().alerts(9).list(true)).hasSize(1);
    assertThat(wire.client.devices().alerts(9).list(false)).isEmpty();
    wire.expect("GET", "/api/v1/devices/9/alerts?direct_assignments_only=true");
    wire.expect("GET", "/api/v1/devices/9/alerts?direct_assignments_only=false");
  }

  @Test
  void theBatchSizeAndThePathAreShown() {
    assertThat(tagDevices().batchSize()).isEqualTo(Assignments.DEFAULT_BATCH_SIZE);
    assertThat(tagDevices().withBatchSize(5).batchSize()).isEqualTo(5);
    assertThat(tagDevices()).hasToString("Assignments[/tags/{}/devices [7]]");
  }

  @Test
  void aFailedBatchOfUnassignmentsSaysWhatWasAppliedAndWhatWasNotSent() {
    wire.noContent();
    wire.answer(207, "{\"11\": \"locked\"}");
    wire.answer(403, "{\"error_message\": \"forbidden\"}");
    assertThatThrownBy(
            () -> tagDevices().withBatchSize(2).update(List.of(1L, 2L), List.of(10L, 11L, 12L)))
        .isInstanceOfSatisfying(
            AssignmentException.class,
            e -> {
              assertThat(e)
                  .hasMessageStartingWith(
                      "batch 3 of an assignment failed after 2 batches were applied;"
                          + " 1 ids were not sent: ");
              assertThat(e.notAttempted()).containsExactly(12L);
              assertThat(e.result().requestedAssign()).containsExactly(1L, 2L);
              assertThat(e.result().requestedUnassign()).containsExactly(10L, 11L);
              assertThat(e.result().calls()).isEqualTo(2);
              assertThat(e.result().isSuccess()).isFalse();
              assertThat(e.failedIds()).containsExactly(11L);
              assertThat(e.result().failures())
                  .containsExactly(new Failure(11, Operation.UNASSIGN, "locked"));
              assertThat(e.result().appliedIds()).containsExactly(1L, 2L, 10L);
            });
  }

  @Test
  void aFailedSecondBatchAfterAnUnreadable207KeepsWhatTheFirstSaid() {
    wire.answer(207, "{\"message\": \"partial\"}");
    wire.answer(500, "{}").answer(500, "{}").answer(500, "{}");
    assertThatThrownBy(() -> tagDevices().withBatchSize(2).update(List.of(1L), List.of(2L, 3L)))
        .isInstanceOfSatisfying(
            AssignmentException.class,
            e -> {
              assertThat(e.notAttempted()).containsExactly(3L);
              assertThat(e.result().requestedAssign()).containsExactly(1L);
              assertThat(e.result().requestedUnassign()).containsExactly(2L);
              assertThat(e.result().hasUnreadableFailures()).isTrue();
              assertThat(e.result().rawBodies()).containsExactly("{\"message\": \"partial\"}");
            });
  }

  @Test
  void aResultNamesAtMostTwentyFailuresAndTheUnreadableCalls() {
    List<Failure> failures = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (long id = 1; id <= 22; id++) {
      ids.add(id);
      failures.add(new Failure(id, null, id == 1 ? "" : null));
    }
    AssignmentResult result =
        new AssignmentResult(
            ids, List.of(30L), failures, List.of("{\"a\": 1}", "{\"b\": 2}"), 3, 2, 1);
    String text = result.describe();
    assertThat(text)
        .startsWith("22 of 23 ids were not applied: 1, 2, 3, ")
        .contains(
            ", 20, ... (2 more); 1 of 3 calls answered 207 Multi-Status without naming the failed ids: {\"a\": 1}")
        .doesNotContain("21,")
        .doesNotContain("{\"b\": 2}");
    assertThat(result).hasToString("AssignmentResult[" + text + ", calls=3]");
    assertThat(result.appliedIds()).containsExactly(30L);

    AssignmentResult twenty =
        new AssignmentResult(
            ids.subList(0, 20), List.of(), failures.subList(0, 20), List.of(), 1, 1, 0);
    assertThat(twenty.describe()).endsWith(", 19, 20").doesNotContain("more");

    AssignmentResult unreadableOnly =
        new AssignmentResult(List.of(1L), List.of(), List.of(), List.of("<html>"), 1, 1, 1);
    assertThat(unreadableOnly.describe())
        .isEqualTo("1 of 1 calls answered 207 Multi-Status without naming the failed ids: <html>");

    AssignmentResult success =
        new AssignmentResult(List.of(1L), List.of(2L), List.of(), List.of(), 1, 0, 0);
    assertThat(success).hasToString("AssignmentResult[success, calls=1]");
    assertThat(success.requireSuccess()).isSameAs(success);
    assertThat(success.appliedIds()).containsExactly(1L, 2L);
  }

  @Test
  void aFailureSaysItsIdOperationAndMessageWhenKnown() {
    assertThat(new Failure(5, null, null)).hasToString("5");
    assertThat(new Failure(5, null, "")).hasToString("5");
    assertThat(new Failure(5, Operation.UNASSIGN, null)).hasToString("5 (unassign)");
    assertThat(new Failure(5, Operation.ASSIGN, "gone")).hasToString("5 (assign): gone");
  }

  @Test
  void theWatchlistChecksBothListsBeforeSending() {
    assertThatThrownBy(() -> wire.client.watchlist().update(List.of(1L, 2L), List.of(2L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id 2 is in both assign and unassign");
    assertThatThrownBy(() -> wire.client.watchlist().update(List.of(0L), List.of()))
        .hasMessageContaining("add[0] must be a positive id, was 0");
    assertThatThrownBy(() -> wire.client.watchlist().update(List.of(), List.of(4L, -1L)))
        .hasMessageContaining("remove[1] must be a positive id, was -1");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void aListThatFillsItsLastBatchSendsNoEmptyBatchAfterIt() {
    wire.noContent().noContent().noContent();
    AssignmentResult result =
        tagDevices().withBatchSize(2).update(List.of(1L, 2L), List.of(3L, 4L));
    assertThat(result.calls()).isEqualTo(2);
    assertThat(wire.requestCount()).isEqualTo(2);
    wire.expect("POST", "/api/v1/tags/7/devices", "{\"assign\": [1, 2]}");
    wire.expect("POST", "/api/v1/tags/7/devices", "{\"unassign\": [3, 4]}");
  }
}
