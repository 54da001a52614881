package io.netobs.extrahop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.extrahop.AssignmentResult.Failure;
import io.netobs.extrahop.AssignmentResult.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reading of a 207 body: each shape the firmware gives its per-id failures in, what counts as a
 * success, and which operation a failure is put down to.
 */
class MultiStatusTest {
  private final List<Failure> out = new ArrayList<>();

  /** Reads {@code body} for a call that assigned 1 and 2 and unassigned 3 and 4. */
  private boolean read(String body) {
    return MultiStatus.read(body, Set.of(1L, 2L), Set.of(3L, 4L), out);
  }

  @Test
  void bodiesThatAreNotJsonOrNameNoIdsAreNotUnderstood() {
    assertThat(MultiStatus.read(null, Set.of(1L), Set.of(), out)).isFalse();
    assertThat(read("")).isFalse();
    assertThat(read("  \n")).isFalse();
    assertThat(read("<html>Multi-Status</html>")).isFalse();
    assertThat(read("null")).isFalse();
    assertThat(read("12")).isFalse();
    assertThat(read("\"12\"")).isFalse();
    assertThat(read("[]")).isFalse();
    assertThat(read("{}")).isFalse();
    assertThat(read("[true, 1.5, null]")).isFalse();
    assertThat(read("{\"error_message\": \"some failed\", \"count\": 2}")).isFalse();
    assertThat(read("{\"errors\": null}")).isFalse();
    assertThat(read("{\"errors\": \"12\"}")).isFalse();
    assertThat(out).isEmpty();
  }

  @Test
  void anArrayOfIdsNamesFailuresWhoseOperationComesFromTheRequest() {
    assertThat(read("[1, \"3\", \" 2 \", 9, \"x\", \"\"]")).isTrue();
    assertThat(out)
        .containsExactly(
            new Failure(1, Operation.ASSIGN, null),
            new Failure(3, Operation.UNASSIGN, null),
            new Failure(2, Operation.ASSIGN, null),
            new Failure(9, null, null));
  }

  @Test
  void anIdInBothListsOfTheRequestHasNoOperation() {
    assertThat(MultiStatus.read("[5, 6, 7]", Set.of(5L, 6L), Set.of(5L, 7L), out)).isTrue();
    assertThat(out)
        .containsExactly(
            new Failure(5, null, null),
            new Failure(6, Operation.ASSIGN, null),
            new Failure(7, Operation.UNASSIGN, null));
  }

  @Test
  void idsOfEighteenDigitsAreReadAndLongerOnesAreNot() {
    assertThat(read("[\"123456789012345678\", \"1234567890123456789\"]")).isTrue();
    assertThat(out).containsExactly(new Failure(123456789012345678L, null, null));
    out.clear();
    assertThat(read("{\"1234567890123456789\": \"too long\", \"-5\": \"negative\"}")).isFalse();
    assertThat(out).isEmpty();
  }

  @Test
  void objectsInAnArrayTakeTheirIdFromTheFirstIdFieldTheyHave() {
    assertThat(
            read(
                "[{\"id\": 1}, {\"object_id\": 2}, {\"child_id\": \"3\"}, {\"oid\": 4},"
                    + " {\"device_id\": 5}, {\"target_id\": 6}, {\"id\": \"x\", \"oid\": 7},"
                    + " {\"name\": \"no id\"}]"))
        .isTrue();
    assertThat(out).extracting(Failure::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(out.get(0).operation()).isEqualTo(Operation.ASSIGN);
    assertThat(out.get(2).operation()).isEqualTo(Operation.UNASSIGN);
    assertThat(out.get(4).operation()).isNull();
  }

  @Test
  void anObjectWithoutAnIdInAnArrayIsReadForNestedLists() {
    assertThat(read("[{\"errors\": [2]}, {\"unassign\": [1]}]")).isTrue();
    assertThat(out)
        .containsExactly(
            new Failure(2, Operation.ASSIGN, null), new Failure(1, Operation.UNASSIGN, null));
  }

  @Test
  void theOperationOfANestedListComesFromItsKeyWhateverItsCase() {
    assertThat(
            read(
                "{\"Assigned\": [3], \"UNASSIGNED\": {\"failed\": [1]},"
                    + " \"assign\": {\"failed_ids\": [4]}, \"unassign\": {\"results\": [2]}}"))
        .isTrue();
    assertThat(out)
        .containsExactly(
            new Failure(3, Operation.ASSIGN, null),
            new Failure(1, Operation.UNASSIGN, null),
            new Failure(4, Operation.ASSIGN, null),
            new Failure(2, Operation.UNASSIGN, null));
  }

  @Test
  void everyListFieldIsReadAndOtherFieldsAreNot() {
    assertThat(
            read(
                "{\"errors\": [1], \"failures\": [2], \"failed\": [3], \"failed_ids\": [4],"
                    + " \"results\": [5], \"items\": [6], \"others\": [7], \"data\": [8]}"))
        .isTrue();
    assertThat(out).extracting(Failure::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void anEntryKeyedByIdIsAMessageAStatusOrNothing() {
    assertThat(read("{\"1\": null, \"2\": \"not found\", \"3\": 404, \"4\": true, \"5\": [\"a\"]}"))
        .isTrue();
    assertThat(out)
        .containsExactly(
            new Failure(1, Operation.ASSIGN, null),
            new Failure(2, Operation.ASSIGN, "not found"),
            new Failure(3, Operation.UNASSIGN, "status 404"),
            new Failure(4, Operation.UNASSIGN, "true"),
            new Failure(5, null, "[\"a\"]"));
  }

  @Test
  void statusesFrom200To299AreSuccessesAndTheBodyStillNamedIds() {
    assertThat(read("{\"1\": 200, \"2\": 299, \"3\": 204}")).isTrue();
    assertThat(out).isEmpty();
    assertThat(read("[{\"id\": 1, \"status\": 200}, {\"id\": 2, \"status\": 299}]")).isTrue();
    assertThat(out).isEmpty();
    assertThat(read("{\"1\": 199, \"2\": 300}")).isTrue();
    assertThat(out)
        .containsExactly(
            new Failure(1, Operation.ASSIGN, "status 199"),
            new Failure(2, Operation.ASSIGN, "status 300"));
    out.clear();
    assertThat(
            read(
                "[{\"id\": 1, \"status\": 199}, {\"id\": 2, \"status\": 300},"
                    + " {\"id\": 3, \"status\": \"204\"}]"))
        .isTrue();
    assertThat(out)
        .containsExactly(
            new Failure(1, Operation.ASSIGN, "status 199"),
            new Failure(2, Operation.ASSIGN, "status 300"),
            new Failure(3, Operation.UNASSIGN, "status 204"));
  }

  @Test
  void anEntrysMessageIsItsFirstMessageFieldAndOtherwiseItsStatus() {
    assertThat(
            read(
                "{\"1\": {\"error_message\": \"a\", \"error\": \"b\"},"
                    + " \"2\": {\"error\": null, \"message\": \"c\"},"
                    + " \"3\": {\"reason\": \"d\", \"status\": 409},"
                    + " \"4\": {\"detail\": {\"code\": 7}},"
                    + " \"5\": {\"status_message\": \"e\"},"
                    + " \"6\": {\"status\": 404},"
                    + " \"7\": {\"status\": null},"
                    + " \"8\": {}}"))
        .isTrue();
    assertThat(out)
        .extracting(Failure::message)
        .containsExactly("a", "c", "d", "{\"code\":7}", "e", "status 404", null, null);
  }

  @Test
  void anEntrysOwnOperationWinsOverTheRequests() {
    assertThat(
            read(
                "[{\"id\": 1, \"operation\": \"UNASSIGN\"},"
                    + " {\"id\": 3, \"action\": \"assignment\"},"
                    + " {\"id\": 2, \"op\": \"unassigned\"},"
                    + " {\"id\": 4, \"operation\": 1, \"op\": \"assign\"},"
                    + " {\"id\": 1, \"operation\": \"remove\"}]"))
        .isTrue();
    assertThat(out)
        .extracting(Failure::operation)
        .containsExactly(
            Operation.UNASSIGN,
            Operation.ASSIGN,
            Operation.UNASSIGN,
            Operation.ASSIGN,
            Operation.ASSIGN);
  }

  @Test
  void aNestedOperationIsKeptForEntriesThatNameNone() {
    assertThat(
            MultiStatus.read(
                "{\"unassign\": {\"9\": \"gone\"}, \"assign\": [{\"id\": 9}]}",
                Set.of(),
                Set.of(),
                out))
        .isTrue();
    assertThat(out)
        .containsExactly(
            new Failure(9, Operation.UNASSIGN, "gone"), new Failure(9, Operation.ASSIGN, null));
  }
}
