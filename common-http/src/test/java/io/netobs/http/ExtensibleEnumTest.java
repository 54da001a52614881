package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The base of the open enums: known and unknown values, equality by class and value. */
class ExtensibleEnumTest {
  static final class Color extends ExtensibleEnum {
    static final Color RED = new Color("red", true);

    private Color(String value, boolean known) {
      super(value, known);
    }

    static Color of(String value) {
      return normalize(value).equals("red") ? RED : new Color(value, false);
    }
  }

  static final class Shade extends ExtensibleEnum {
    Shade(String value) {
      super(value, false);
    }
  }

  @Test
  void knownValuesAreMatchedWithoutCaseAndUnknownOnesKeptAsSent() {
    assertThat(Color.of(" RED ")).isSameAs(Color.RED);
    assertThat(Color.RED.isKnown()).isTrue();
    Color teal = Color.of("Teal");
    assertThat(teal.isKnown()).isFalse();
    assertThat(teal.value()).isEqualTo("Teal");
    assertThat(teal.toString()).isEqualTo("Teal");
    assertThatThrownBy(() -> Color.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void equalityIsByClassAndExactValue() {
    assertThat(Color.of("teal")).isEqualTo(Color.of("teal")).hasSameHashCodeAs(Color.of("teal"));
    assertThat(Color.of("teal").hashCode()).isEqualTo("teal".hashCode());
    assertThat(Color.of("teal")).isNotEqualTo(Color.of("Teal"));
    assertThat(Color.of("teal")).isNotEqualTo(new Shade("teal"));
    assertThat(Color.of("teal")).isNotEqualTo(null);
  }
}
