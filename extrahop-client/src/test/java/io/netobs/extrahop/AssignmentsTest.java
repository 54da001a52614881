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
}
