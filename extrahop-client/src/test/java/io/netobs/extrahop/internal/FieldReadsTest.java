package io.netobs.extrahop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The typed reads of decoded JSON fields: what each accepts, and what reads as absent. */
class FieldReadsTest {
  private static Map<String, Object> fields() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("text", "abc");
    fields.put("number", 42);
    fields.put("fraction", 7.9);
    fields.put("flag", true);
    fields.put("digits", " 1700000000000 ");
    fields.put("words", "soon");
    fields.put("object", Map.of("a", 1));
    fields.put("array", List.of(1, 2));
    fields.put("null", null);
    return fields;
  }

  @Test
  void stringReadsScalarsAsTextAndNothingElse() {
    Map<String, Object> fields = fields();
    assertThat(FieldReads.string(fields, "text")).contains("abc");
    assertThat(FieldReads.string(fields, "number")).contains("42");
    assertThat(FieldReads.string(fields, "flag")).contains("true");
    assertThat(FieldReads.string(fields, "object")).isEmpty();
    assertThat(FieldReads.string(fields, "array")).isEmpty();
    assertThat(FieldReads.string(fields, "null")).isEmpty();
    assertThat(FieldReads.string(fields, "missing")).isEmpty();
  }

  @Test
  void longValueReadsNumbersAndStringsOfDigits() {
    Map<String, Object> fields = fields();
    assertThat(FieldReads.longValue(fields, "number")).isEqualTo(OptionalLong.of(42));
    assertThat(FieldReads.longValue(fields, "fraction")).isEqualTo(OptionalLong.of(7));
    assertThat(FieldReads.longValue(fields, "digits"))
        .isEqualTo(OptionalLong.of(1_700_000_000_000L));
    assertThat(FieldReads.longValue(fields, "words")).isEmpty();
    assertThat(FieldReads.longValue(fields, "flag")).isEmpty();
    assertThat(FieldReads.longValue(fields, "object")).isEmpty();
    assertThat(FieldReads.longValue(fields, "missing")).isEmpty();
  }

  @Test
  void instantReadsEpochMilliseconds() {
    Map<String, Object> fields = fields();
    assertThat(FieldReads.instant(fields, "digits"))
        .isEqualTo(Optional.of(Instant.ofEpochMilli(1_700_000_000_000L)));
    assertThat(FieldReads.instant(fields, "number")).contains(Instant.ofEpochMilli(42));
    assertThat(FieldReads.instant(fields, "words")).isEmpty();
    assertThat(FieldReads.instant(fields, "missing")).isEmpty();
  }
}
