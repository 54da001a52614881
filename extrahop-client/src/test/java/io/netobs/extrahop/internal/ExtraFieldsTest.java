package io.netobs.extrahop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The escape hatch of the query builders: what it takes, and what it refuses without a change. */
class ExtraFieldsTest {
  private final Map<String, Object> extra = new LinkedHashMap<>();

  @Test
  void aNewFieldIsPutAsGiven() {
    ExtraFields.put(extra, Set.of("from"), "future_field", 3);
    ExtraFields.put(extra, Set.of("from"), "future_field", "again");
    ExtraFields.put(extra, Set.of("from"), "other", Map.of("a", 1));
    assertThat(extra)
        .containsExactly(Map.entry("future_field", "again"), Map.entry("other", Map.of("a", 1)));
  }

  @Test
  void blankOrModelledNamesAndNullValuesAreRefused() {
    assertThatThrownBy(() -> ExtraFields.put(extra, Set.of(), null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra field name must not be blank");
    assertThatThrownBy(() -> ExtraFields.put(extra, Set.of(), " ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra field name must not be blank");
    assertThatThrownBy(() -> ExtraFields.put(extra, Set.of("from", "until"), "until", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra field 'until' has its own builder method");
    assertThatThrownBy(() -> ExtraFields.put(extra, Set.of(), "x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value of extra field 'x' must not be null");
    assertThat(extra).isEmpty();
  }
}
