package io.netobs.kentik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.request.Criterion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The part writer on its own: a part filled to the byte, the fixed fields that must leave room for
 * an item, and the sizes it reports for error messages.
 */
class PartWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROOMY = 64 * 1024;
  private static final List<Criterion> CRITERIA =
      List.of(
          Criterion.builder().direction(Direction.SRC).addr("10.0.0.1/32").build(),
          Criterion.builder().direction(Direction.DST).addr("10.0.0.2/32", "10.0.0.3/32").build(),
          Criterion.builder().port("443").build());

  /** The bytes of a part of {@code values[i]} with {@code CRITERIA[i]}, written without a limit. */
  private static byte[] part(String guid, boolean complete, String... values) {
    PartWriter writer = new PartWriter(ROOMY, false);
    writer.start(guid);
    for (int i = 0; i < values.length; i++) {
      assertThat(writer.addCriterion(values[i], CRITERIA.get(i))).isTrue();
    }
    return writer.finish(complete);
  }

  private static JsonNode json(byte[] bytes) throws IOException {
    return JSON.readTree(bytes);
  }

  @Test
  void aPartFilledToTheLimitExactlyIsClosedWithoutComplaint() throws IOException {
    byte[] whole = part("guid-1", false, "value_a", "value_a", "value_b");

    PartWriter writer = new PartWriter(whole.length, false);
    writer.start("guid-1");
    assertThat(writer.addCriterion("value_a", CRITERIA.get(0))).isTrue();
    assertThat(writer.addCriterion("value_a", CRITERIA.get(1))).isTrue();
    assertThat(writer.addCriterion("value_b", CRITERIA.get(2))).isTrue();
    byte[] closed = writer.finish(false);

    assertThat(closed).isEqualTo(whole);
    assertThat(json(closed))
        .isEqualTo(
            JSON.readTree(
                "{\"upserts\":[{\"value\":\"value_a\",\"criteria\":[{\"direction\":\"src\",\"addr\":[\"10.0.0.1/32\"]},"
                    + "{\"direction\":\"dst\",\"addr\":[\"10.0.0.2/32\",\"10.0.0.3/32\"]}]},"
                    + "{\"value\":\"value_b\",\"criteria\":[{\"port\":[\"443\"]}]}],"
                    + "\"deletes\":[],\"replace_all\":false,\"complete\":false,\"guid\":\"guid-1\"}"));
  }

  @Test
  void aCriterionOneByteTooLargeIsRefusedAndLeavesThePartAsItWas() {
    byte[] two = part(null, false, "value_a", "value_b");
    byte[] three = part(null, false, "value_a", "value_b", "value_c");

    PartWriter writer = new PartWriter(three.length - 1, false);
    writer.start(null);
    assertThat(writer.addCriterion("value_a", CRITERIA.get(0))).isTrue();
    assertThat(writer.addCriterion("value_b", CRITERIA.get(1))).isTrue();
    assertThat(writer.addCriterion("value_c", CRITERIA.get(2))).isFalse();

    assertThat(writer.criteria()).isEqualTo(2);
    assertThat(writer.finish(false)).isEqualTo(two);
  }

  @Test
  void deletesFillAPartToTheByteAndARefusedOneLeavesItAsItWas() throws IOException {
    PartWriter roomy = new PartWriter(ROOMY, false);
    roomy.start(null);
    roomy.addDelete("old_one");
    roomy.addDelete("old_two");
    byte[] two = roomy.finish(false);
    roomy.start(null);
    roomy.addDelete("old_one");
    roomy.addDelete("old_two");
    roomy.addDelete("old_three");
    byte[] three = roomy.finish(false);

    PartWriter exact = new PartWriter(three.length, false);
    exact.start(null);
    assertThat(exact.addDelete("old_one")).isTrue();
    assertThat(exact.addDelete("old_two")).isTrue();
    assertThat(exact.addDelete("old_three")).isTrue();
    assertThat(exact.deletes()).isEqualTo(3);
    assertThat(exact.finish(false)).isEqualTo(three);

    PartWriter tight = new PartWriter(three.length - 1, false);
    tight.start(null);
    assertThat(tight.addDelete("old_one")).isTrue();
    assertThat(tight.addDelete("old_two")).isTrue();
    assertThat(tight.addDelete("old_three")).isFalse();
    assertThat(tight.deletes()).isEqualTo(2);
    assertThat(tight.finish(false)).isEqualTo(two);
    assertThat(json(two))
        .isEqualTo(
            JSON.readTree(
                "{\"upserts\":[],\"deletes\":[{\"value\":\"old_one\"},{\"value\":\"old_two\"}],"
                    + "\"replace_all\":false,\"complete\":false}"));
  }

  @Test
  void aDeleteRefusedAfterCriteriaLeavesTheCriteriaGroupOpen() throws IOException {
    byte[] one = part(null, true, "value_a");

    PartWriter writer = new PartWriter(one.length + 1, false);
    writer.start(null);
    assertThat(writer.addCriterion("value_a", CRITERIA.get(0))).isTrue();
    assertThat(writer.addDelete("old_one")).isFalse();

    assertThat(writer.finish(true)).isEqualTo(one);
  }

  @Test
  void criteriaCannotFollowADeleteInAPart() {
    PartWriter writer = new PartWriter(ROOMY, true);
    writer.start(null);
    writer.addDelete("old_one");

    assertThatThrownBy(() -> writer.addCriterion("value_a", CRITERIA.get(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("upserts must come before deletes");
  }

  @Test
  void theFixedFieldsAndTheGuidMustLeaveRoomInThePart() {
    String guid = "g".repeat(150);
    PartWriter measure = new PartWriter(ROOMY, true);
    measure.start(guid);
    assertThat(measure.isEmpty()).isTrue();
    // An empty part with "complete": false is the largest a part without items can be.
    int empty = measure.finish(false).length;
    assertThat(measure.emptyPartSize()).isEqualTo(empty);

    PartWriter exact = new PartWriter(empty, true);
    assertThatCode(() -> exact.start(guid)).doesNotThrowAnyException();
    assertThat(exact.emptyPartSize()).isEqualTo(empty);
    assertThat(exact.finish(false)).hasSize(empty);

    PartWriter tooSmall = new PartWriter(empty - 1, true);
    assertThatThrownBy(() -> tooSmall.start(guid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the part size limit of " + (empty - 1) + " bytes leaves no room for any item");
  }

  @Test
  void sizeOfIsWhatOneCriterionAndItsValueAddToAnEmptyPart() {
    String value = "wert \"ümlaut\" 東京";
    PartWriter writer = new PartWriter(ROOMY, false);
    writer.start(null);
    int empty = writer.emptyPartSize();
    writer.addCriterion(value, CRITERIA.get(1));
    byte[] one = writer.finish(false);

    writer.start(null);
    assertThat(writer.sizeOf(value, CRITERIA.get(1))).isEqualTo(one.length - empty);
    assertThat(new String(one, StandardCharsets.UTF_8)).contains("wert \\\"ümlaut\\\" 東京");
  }

  @Test
  void sizeOfMeasuresTheCriterionItIsGivenWhateverWasWrittenBefore() {
    PartWriter writer = new PartWriter(ROOMY, false);
    writer.start(null);
    int empty = writer.emptyPartSize();
    writer.addCriterion("value_a", CRITERIA.get(0));
    int small = writer.finish(false).length - empty;
    writer.start(null);
    writer.addCriterion("value_a", CRITERIA.get(1));
    int large = writer.finish(false).length - empty;
    assertThat(large).isGreaterThan(small);

    writer.start(null);
    assertThat(writer.sizeOf("value_a", CRITERIA.get(0))).isEqualTo(small);
    assertThat(writer.sizeOf("value_a", CRITERIA.get(1))).isEqualTo(large);
    assertThat(writer.sizeOf("value_a", CRITERIA.get(0))).isEqualTo(small);
  }

  @Test
  void countsAreOfTheCurrentPartOnly() {
    PartWriter writer = new PartWriter(ROOMY, false);
    writer.start(null);
    writer.addCriterion("value_a", CRITERIA.get(0));
    writer.addCriterion("value_a", CRITERIA.get(1));
    writer.addDelete("old_one");
    assertThat(writer.isEmpty()).isFalse();
    assertThat(writer.criteria()).isEqualTo(2);
    assertThat(writer.deletes()).isEqualTo(1);
    writer.finish(false);

    writer.start("guid-1");
    assertThat(writer.isEmpty()).isTrue();
    assertThat(writer.criteria()).isZero();
    assertThat(writer.deletes()).isZero();
    writer.addDelete("old_two");
    assertThat(writer.isEmpty()).isFalse();
  }

  @Test
  void thePartGrowsPastItsStartingSizeUpToTheLimit() throws IOException {
    String[] many = new String[400];
    for (int i = 0; i < many.length; i++) {
      many[i] = "172.16." + (i / 250) + "." + (i % 250) + "/32";
    }
    Criterion big = Criterion.builder().direction(Direction.SRC).addr(many).build();
    // The buffer starts at 64 KiB; twelve criteria of about 7 KB each take it past that.
    PartWriter writer = new PartWriter(256 * 1024, false);
    writer.start(null);
    for (int i = 0; i < 12; i++) {
      assertThat(writer.addCriterion("value_" + i + "_" + "v".repeat(100), big)).isTrue();
    }

    byte[] bytes = writer.finish(true);
    assertThat(bytes.length).isGreaterThan(64 * 1024);
    JsonNode part = json(bytes);
    assertThat(part.get("upserts")).hasSize(12);
    for (int i = 0; i < 12; i++) {
      JsonNode upsert = part.get("upserts").get(i);
      assertThat(upsert.get("value").asText()).isEqualTo("value_" + i + "_" + "v".repeat(100));
      assertThat(upsert.get("criteria").get(0).get("addr")).hasSize(400);
    }
  }

  @Test
  void aValueWrittenPastTheEndOfTheBufferMakesItGrow() {
    // A limit of 300 bytes starts the buffer at 300 bytes: the second value is written past its end
    // before the part is found too large and cut back.
    byte[] one = part(null, false, "v".repeat(128));
    PartWriter writer = new PartWriter(300, false);
    writer.start(null);
    assertThat(writer.addCriterion("v".repeat(128), CRITERIA.get(0))).isTrue();
    assertThat(writer.addCriterion("w".repeat(128), CRITERIA.get(1))).isFalse();

    assertThat(writer.finish(false)).isEqualTo(one);
  }
}
