package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The argument checks: what each lets through unchanged, and what each refuses with which message.
 */
class ChecksTest {
  @Test
  void credentialReturnsAGoodValueAndRefusesMissingBlankAndControlCharacters() {
    assertThat(Checks.credential("s3cr3t ~key", "apiKey")).isEqualTo("s3cr3t ~key");
    // The printable edges: space (0x20) and '~' (0x7e) pass; 0x1f and DEL (0x7f) do not.
    assertThat(Checks.credential("a b\u007e", "apiKey")).isEqualTo("a b~");
    assertThatThrownBy(() -> Checks.credential(null, "apiKey"))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("apiKey must not be null");
    assertThatThrownBy(() -> Checks.credential(" \t", "apiKey"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey must not be blank");
    for (String bad : new String[] {"a\nb", "a\rb", "ab\u001f", "ab\u007f", "\u0000ab"}) {
      assertThatThrownBy(() -> Checks.credential(bad, "apiToken"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("apiToken must not contain control characters or line breaks");
    }
  }

  @Test
  void notNullAndNotBlankReturnTheValueOrNameTheParameter() {
    Object value = new Object();
    assertThat(Checks.notNull(value, "thing")).isSameAs(value);
    assertThatThrownBy(() -> Checks.notNull(null, "thing"))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("thing must not be null");
    assertThat(Checks.notBlank(" x ", "name")).isEqualTo(" x ");
    assertThatThrownBy(() -> Checks.notBlank(null, "name"))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("name must not be null");
    assertThatThrownBy(() -> Checks.notBlank("  ", "name"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
  }

  @Test
  void positiveIdAcceptsOneAndUpAndRefusesZeroAndNegatives() {
    assertThat(Checks.positiveId(1, "id")).isEqualTo(1);
    assertThat(Checks.positiveId(Long.MAX_VALUE, "id")).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Checks.positiveId(0, "deviceId"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("deviceId must be a positive id, was 0");
    assertThatThrownBy(() -> Checks.positiveId(-7, "deviceId"))
        .hasMessage("deviceId must be a positive id, was -7");
  }

  @Test
  void atLeastAcceptsTheMinimumAndRefusesOneBelow() {
    assertThat(Checks.atLeast(5, 5, "limit")).isEqualTo(5);
    assertThat(Checks.atLeast(6, 5, "limit")).isEqualTo(6);
    assertThatThrownBy(() -> Checks.atLeast(4, 5, "limit"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be >= 5, was 4");
  }
}
