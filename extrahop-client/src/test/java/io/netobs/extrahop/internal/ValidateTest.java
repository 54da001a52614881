package io.netobs.extrahop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The request-field checks: each edge they accept, each they refuse, and the copies they make. */
class ValidateTest {
  @Test
  void rangeIncludesBothEnds() {
    assertThat(Validate.range(1, 1, 3, "n")).isEqualTo(1);
    assertThat(Validate.range(3, 1, 3, "n")).isEqualTo(3);
    assertThatThrownBy(() -> Validate.range(0, 1, 3, "n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be between 1 and 3, was 0");
    assertThatThrownBy(() -> Validate.range(4, 1, 3, "n"))
        .hasMessage("n must be between 1 and 3, was 4");
    assertThat(Validate.port(0, "port")).isZero();
    assertThat(Validate.port(65535, "port")).isEqualTo(65535);
    assertThatThrownBy(() -> Validate.port(65536, "port"))
        .hasMessage("port must be between 0 and 65535, was 65536");
  }

  @Test
  void nonNegativeAcceptsZero() {
    assertThat(Validate.nonNegative(0, "offset")).isZero();
    assertThat(Validate.nonNegative(5, "offset")).isEqualTo(5);
    assertThatThrownBy(() -> Validate.nonNegative(-1, "offset"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must not be negative, was -1");
  }

  @Test
  void oneOfNamesTheAllowedValuesInOrder() {
    assertThat(Validate.oneOf(5, Set.of(1, 5, 60), "cycle")).isEqualTo(5);
    assertThatThrownBy(() -> Validate.oneOf(2, Set.of(60, 1, 5), "cycle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cycle must be one of [1, 5, 60], was 2");
  }

  @Test
  void emailNeedsSomethingOnBothSidesOfTheAtAndNoSpaces() {
    assertThat(Validate.email("a@b", "email")).isEqualTo("a@b");
    for (String bad : new String[] {"@b", "a@", "ab", "a @b", "a@b\t"}) {
      assertThatThrownBy(() -> Validate.email(bad, "email"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("email must be an email address, was '" + bad + "'");
    }
    assertThatThrownBy(() -> Validate.email(" ", "email")).hasMessage("email must not be blank");
  }

  @Test
  void pemNeedsABeginLineAndTheMarker() {
    String cert = "-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----";
    assertThat(Validate.pem(cert, "CERTIFICATE", "cert")).isEqualTo(cert);
    assertThatThrownBy(() -> Validate.pem(cert, "PRIVATE KEY", "key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must be PEM text containing 'PRIVATE KEY'");
    assertThatThrownBy(() -> Validate.pem("CERTIFICATE", "CERTIFICATE", "cert"))
        .hasMessage("cert must be PEM text containing 'CERTIFICATE'");
  }

  @Test
  void listCopiesAreUnmodifiableAndCheckEachElement() {
    List<String> source = new ArrayList<>(List.of("a", "b"));
    List<String> strings = Validate.strings(source, "names");
    source.add("c");
    assertThat(strings).containsExactly("a", "b");
    assertThatThrownBy(() -> strings.add("d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Validate.strings(List.of("a", " "), "names"))
        .hasMessage("names element must not be blank");
    assertThatThrownBy(() -> Validate.strings(null, "names"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("names must not be null");

    List<String> emails = Validate.emails(List.of("a@b", "c@d"), "to");
    assertThat(emails).containsExactly("a@b", "c@d");
    assertThatThrownBy(() -> emails.add("e@f")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Validate.emails(List.of("a@b", "x"), "to"))
        .hasMessage("to element must be an email address, was 'x'");
    assertThatThrownBy(() -> Validate.emails(null, "to")).hasMessage("to must not be null");

    assertThat(Validate.list(List.of(1, 2), "ids")).containsExactly(1, 2);
    assertThatThrownBy(() -> Validate.list(Arrays.asList(1, null), "ids"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ids must not contain null");
    assertThatThrownBy(() -> Validate.list(null, "ids")).hasMessage("ids must not be null");
  }

  @Test
  void mapCopiesKeepNullsAndOrder() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("b", null);
    source.put("a", 1);
    Map<String, Object> copy = Validate.map(source, "fields");
    source.put("c", 2);
    assertThat(copy.keySet()).containsExactly("b", "a");
    assertThat(copy).containsEntry("b", null);
    assertThatThrownBy(() -> copy.put("d", 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Validate.map(null, "fields"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("fields must not be null");
  }

  @Test
  void delegatedChecksKeepTheirMessages() {
    assertThat(Validate.notBlank("x", "name")).isEqualTo("x");
    assertThatThrownBy(() -> Validate.notBlank("", "name")).hasMessage("name must not be blank");
    assertThat(Validate.notNull(7, "n")).isEqualTo(7);
    assertThatThrownBy(() -> Validate.notNull(null, "n")).hasMessage("n must not be null");
    assertThat(Validate.positiveId(1, "id")).isEqualTo(1);
    assertThatThrownBy(() -> Validate.positiveId(0, "id"))
        .hasMessage("id must be a positive id, was 0");
  }
}
