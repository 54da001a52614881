package io.netobs.kentik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.netobs.http.internal.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The decoders of the alerting answers' values, each on its own. */
class AlarmFieldsTest {
  record Row(
      @JsonProperty("flag") @JsonDeserialize(using = AlarmFields.Flag.class) boolean flag,
      @JsonProperty("time") @JsonDeserialize(using = AlarmFields.Time.class) Instant time,
      @JsonProperty("texts") @JsonDeserialize(using = AlarmFields.Texts.class)
          List<String> texts) {}

  private static Row read(String json) throws IOException {
    return Json.mapper().readValue(json.replace('\'', '"'), Row.class);
  }

  private static boolean flag(String value) throws IOException {
    return read("{'flag': " + value + "}").flag();
  }

  @Test
  void timesWithAZoneWithoutOneAndNone() {
    assertThat(AlarmFields.time("2021-01-19T13:50:00.000Z"))
        .isEqualTo(Instant.parse("2021-01-19T13:50:00Z"));
    assertThat(AlarmFields.time("2021-01-19 13:50:00+02:00"))
        .isEqualTo(Instant.parse("2021-01-19T11:50:00Z"));
    assertThat(AlarmFields.time(" 2021-01-19 13:50:00 "))
        .isEqualTo(Instant.parse("2021-01-19T13:50:00Z"));
    assertThat(AlarmFields.time("2021-01-19T13:50:00.123456"))
        .isEqualTo(Instant.parse("2021-01-19T13:50:00.123456Z"));
    assertThat(AlarmFields.time("2021-01-19 13:50:00.250"))
        .isEqualTo(Instant.parse("2021-01-19T13:50:00.250Z"));
    assertThat(AlarmFields.time(null)).isNull();
    assertThat(AlarmFields.time("")).isNull();
    assertThat(AlarmFields.time("   ")).isNull();
    assertThat(AlarmFields.time("0000-00-00 00:00:00")).isNull();
    assertThatThrownBy(() -> AlarmFields.time("yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a time: 'yesterday'");
  }

  @Test
  void aTimeFieldDecodesTextAndRefusesAnythingElse() throws IOException {
    assertThat(read("{'time': '2021-01-19 13:50:00'}").time())
        .isEqualTo(Instant.parse("2021-01-19T13:50:00Z"));
    assertThat(read("{'time': '0000-00-00 00:00:00'}").time()).isNull();
    assertThat(read("{'time': null}").time()).isNull();
    assertThat(read("{}").time()).isNull();
    assertThatThrownBy(() -> read("{'time': 1611064200}"))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Instant");
    assertThatThrownBy(() -> read("{'time': 'last tuesday'}"))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("not a time: 'last tuesday'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"true", "1", "2", "0.5", "-1", "'1'", "'true'", "' TRUE '", "'yes'", "'0.1'"})
  void flagsThatAreSet(String value) throws IOException {
    assertThat(flag(value)).as(value).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"false", "0", "0.0", "null", "'0'", "'0.0'", "'false'", "' False '", "''"})
  void flagsThatAreNotSet(String value) throws IOException {
    assertThat(flag(value)).as(value).isFalse();
  }

  @Test
  void aMissingFlagIsNotSet() throws IOException {
    assertThat(read("{}").flag()).isFalse();
  }

  @Test
  void textsAreAnArrayASingleStringOrNothing() throws IOException {
    assertThat(read("{'texts': ['bits', 'packets']}").texts()).containsExactly("bits", "packets");
    assertThat(read("{'texts': ['bits', null]}").texts()).isEqualTo(Arrays.asList("bits", null));
    assertThat(read("{'texts': 'bits'}").texts()).containsExactly("bits");
    assertThat(read("{'texts': 7}").texts()).containsExactly("7");
    assertThat(read("{'texts': ''}").texts()).isEmpty();
    assertThat(read("{'texts': []}").texts()).isEmpty();
    assertThat(read("{'texts': null}").texts()).isEmpty();
    List<String> decoded = read("{'texts': ['bits']}").texts();
    assertThatThrownBy(() -> decoded.add("more")).isInstanceOf(UnsupportedOperationException.class);
  }
}
