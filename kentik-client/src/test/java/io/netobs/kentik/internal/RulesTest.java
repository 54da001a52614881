package io.netobs.kentik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.kentik.model.DimensionType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented rules at their edges: the first and last character and length each allows. */
class RulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"az", "AZ", "09", "a-", "_Z", "aZ09-_zA", "twenty_characters_xx"})
  void flowTagsOfTheAllowedCharactersAndLengths(String name) {
    assertThat(Rules.flowTag(name, "tag")).isEqualTo(name);
  }

  @ParameterizedTest
  // The characters just outside each allowed range: ` { @ [ / : and a space.
  @ValueSource(strings = {"a`", "a{", "a@", "a[", "a/", "a:", "a b", "x", "twenty_one_characters"})
  void flowTagsOfOtherCharactersOrLengths(String name) {
    assertThatThrownBy(() -> Rules.flowTag(name, "tag"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "tag must be 2-20 characters of letters, digits, hyphen or underscore (no spaces), was \""
                + name
                + "\"");
  }

  @Test
  void stringPopulatorValuesAreOneTo128WordCharactersOrSpaces() {
    assertThat(Rules.populatorValue("a", DimensionType.STRING, "value")).isEqualTo("a");
    assertThat(Rules.populatorValue("z Z 0 9", null, "value")).isEqualTo("z Z 0 9");
    String longest = "v".repeat(128);
    assertThat(Rules.populatorValue(longest, DimensionType.STRING, "value")).isEqualTo(longest);
    for (String bad : new String[] {"", "v".repeat(129), "dot.ted", "tab\t"}) {
      assertThatThrownBy(() -> Rules.populatorValue(bad, DimensionType.STRING, "value"))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "value must be 1-128 characters of letters, digits, spaces, dashes or underscores");
    }
    assertThatThrownBy(() -> Rules.populatorValue(null, DimensionType.STRING, "value"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value is required");
  }

  @Test
  void uint32PopulatorValuesRunFromZeroTo4294967295() {
    assertThat(Rules.populatorValue("0", DimensionType.UINT32, "value")).isEqualTo("0");
    assertThat(Rules.populatorValue("4294967295", DimensionType.UINT32, "value"))
        .isEqualTo("4294967295");
    for (String bad : new String[] {"4294967296", "-1", "1.5", "12345678901", "", "ten"}) {
      assertThatThrownBy(() -> Rules.populatorValue(bad, DimensionType.UINT32, "value"))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "value of a uint32 dimension must be a whole number from 0 to 4294967295, was \""
                  + bad
                  + "\"");
    }
  }

  @Test
  void dimensionNamesAreCUnderscoreAndUpTo18More() {
    String longest = "c_" + "x".repeat(18);
    assertThat(Rules.dimensionName(longest, "name")).isEqualTo(longest);
    assertThat(Rules.dimensionName("c_a-Z_9", "name")).isEqualTo("c_a-Z_9");
    String tooLong = longest + "y";
    assertThatThrownBy(() -> Rules.dimensionName(tooLong, "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be at most 20 characters, was 21 (\"" + tooLong + "\")");
    assertThatThrownBy(() -> Rules.dimensionName("d_site", "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must start with \"c_\", was \"d_site\"");
    assertThatThrownBy(() -> Rules.dimensionName("c_", "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be \"c_\" followed by at least one letter");
  }

  @Test
  void tagAddressesCountTheNonBlankItemsUpTo249() {
    String most = String.join(",", java.util.Collections.nCopies(249, "10.0.0.1"));
    assertThat(Rules.tagAddresses(most + ", ,", "addr")).isEqualTo(most + ", ,");
    assertThat(Rules.tagAddresses(null, "addr")).isNull();
    assertThatThrownBy(() -> Rules.tagAddresses(most + ",10.0.0.2", "addr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("addr may hold at most 249 addresses, had 250");
    assertThatCode(() -> Rules.tagAddressCount(249, "addr")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Rules.tagAddressCount(250, "addr"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requiredTextsAndElements() {
    assertThat(Rules.requiredText("x", "name")).isEqualTo("x");
    assertThatThrownBy(() -> Rules.requiredText(" ", "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name is required and must not be blank");
    assertThatThrownBy(() -> Rules.requiredText(null, "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name is required");
    assertThatCode(() -> Rules.noBlankElements(List.of("a", "b"), "values"))
        .doesNotThrowAnyException();
    for (List<String> bad : List.of(List.of("a", " "), Arrays.asList("a", null))) {
      assertThatThrownBy(() -> Rules.noBlankElements(bad, "values"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("values must not contain null or blank values");
    }
  }

  @Test
  void quotedValuesAreCutAfter80Characters() {
    String eighty = "q".repeat(80);
    assertThat(Rules.quote(eighty)).isEqualTo("\"" + eighty + "\"");
    assertThat(Rules.quote(eighty + "r")).isEqualTo("\"" + eighty + "...\"");
    assertThat(Rules.quote(null)).isEqualTo("null");
  }

  @Test
  void connectorsAndOperatorsAreReturnedAsGiven() {
    assertThat(Rules.connector("All", "connector")).isEqualTo("All");
    assertThat(Rules.connector("or", "connector")).isEqualTo("or");
    assertThat(Rules.operator("NOT ILIKE", "operator")).isEqualTo("NOT ILIKE");
    assertThat(Rules.operator("=", "operator")).isEqualTo("=");
  }
}
