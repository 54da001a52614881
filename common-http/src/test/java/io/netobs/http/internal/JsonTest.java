package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.netobs.http.ExtensibleEnum;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {
  static final class Direction extends ExtensibleEnum {
    static final Direction SRC = new Direction("src", true);
    static final Direction DST = new Direction("dst", true);

    private Direction(String value, boolean known) {
      super(value, known);
    }

    @JsonCreator
    static Direction of(String value) {
      return switch (normalize(value)) {
        case "src" -> SRC;
        case "dst" -> DST;
        default -> new Direction(value, false);
      };
    }
  }

  record Populator(
      long id,
      @JsonProperty("company_id") String companyId,
      @JsonProperty("created_date") Instant createdDate,
      Direction direction,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}

  @Test
  void listOfIsTheListTypeOfItsElementBuiltOnceAndDecodesLists() throws Exception {
    assertThat(Json.listOf(Instant.class)).isSameAs(Json.listOf(Instant.class));
    assertThat(Json.listOf(Instant.class).getRawClass()).isEqualTo(List.class);
    assertThat(Json.listOf(Instant.class).getContentType().getRawClass()).isEqualTo(Instant.class);
    assertThat(Json.listOf(String.class).getContentType().getRawClass()).isEqualTo(String.class);

    List<Instant> times =
        Json.mapper().readValue("[0, \"1970-01-01T00:00:01Z\"]", Json.listOf(Instant.class));

    assertThat(times).containsExactly(Instant.EPOCH, Instant.ofEpochSecond(1));
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBack() throws Exception {
    Populator p =
        Json.mapper()
            .readValue(
                "{\"id\": 1, \"company_id\": \"74333\", \"direction\": \"src\", \"new_field\": {\"a\": [1, 2]}, \"flag\": true}",
                Populator.class);
    assertThat(p.unknownFields()).containsEntry("flag", true).containsKey("new_field");
    assertThat(Json.mapper().writeValueAsString(p))
        .contains("\"new_field\":{\"a\":[1,2]}")
        .contains("\"flag\":true");
  }

  @Test
  void idLikeFieldsAcceptNumbersAndStrings() throws Exception {
    Populator p =
        Json.mapper().readValue("{\"id\": \"42\", \"company_id\": 74333}", Populator.class);
    assertThat(p.id()).isEqualTo(42);
    assertThat(p.companyId()).isEqualTo("74333");
    Populator missing =
        Json.mapper().readValue("{\"id\": 1, \"company_id\": null}", Populator.class);
    assertThat(missing.companyId()).isNull();
    assertThat(missing.unknownFields()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2015-07-14T18:02:40Z|2015-07-14T18:02:40Z",
        "2015-07-14T18:02:40.4Z|2015-07-14T18:02:40.400Z",
        "2015-07-14T18:02:40.469Z|2015-07-14T18:02:40.469Z",
        "2018-09-25T21:41:18.88816Z|2018-09-25T21:41:18.888160Z",
        "2018-09-25T21:41:18.888160Z|2018-09-25T21:41:18.888160Z",
        "2018-09-25T21:41:18.888160|2018-09-25T21:41:18.888160Z",
        "2018-09-25 21:41:18|2018-09-25T21:41:18Z",
        "2018-09-25T23:41:18.5+02:00|2018-09-25T21:41:18.500Z",
        "1447878253953|2015-11-18T20:24:13.953Z"
      })
  void dateTimesInEveryFormTheServicesSend(String sent, String expected) throws Exception {
    Populator p =
        Json.mapper().readValue("{\"id\": 1, \"created_date\": \"" + sent + "\"}", Populator.class);
    assertThat(p.createdDate()).isEqualTo(Instant.parse(expected));
  }

  @Test
  void epochMillisecondNumbersAreInstants() throws Exception {
    Populator p =
        Json.mapper().readValue("{\"id\": 1, \"created_date\": 1447878253953}", Populator.class);
    assertThat(p.createdDate()).isEqualTo(Instant.ofEpochMilli(1447878253953L));
    assertThat(
            Json.mapper()
                .readValue("{\"id\": 1, \"created_date\": \"\"}", Populator.class)
                .createdDate())
        .isNull();
  }

  @Test
  void anUnreadableDateIsADecodingFailureNotANull() {
    assertThatThrownBy(
            () ->
                Json.mapper()
                    .readValue("{\"id\": 1, \"created_date\": \"yesterday\"}", Populator.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("yesterday");
  }

  @Test
  void enumLikeValuesSurviveAnyCaseAndUnknownValues() throws Exception {
    assertThat(
            Json.mapper()
                .readValue("{\"id\": 1, \"direction\": \"DST\"}", Populator.class)
                .direction())
        .isSameAs(Direction.DST);
    Direction odd =
        Json.mapper()
            .readValue("{\"id\": 1, \"direction\": \"ingress\"}", Populator.class)
            .direction();
    assertThat(odd.isKnown()).isFalse();
    assertThat(odd.value()).isEqualTo("ingress");
    assertThat(Json.mapper().writeValueAsString(Map.of("d", odd))).isEqualTo("{\"d\":\"ingress\"}");
    assertThat(Direction.of("ingress")).isEqualTo(odd);
  }

  @Test
  void nullsAreLeftOutOfRecordsButKeptInMapsSoPatchesCanClearFields() throws Exception {
    Map<String, Object> patch = new LinkedHashMap<>();
    patch.put("description", null);
    patch.put("name", "x");
    assertThat(Json.mapper().writeValueAsString(patch))
        .isEqualTo("{\"description\":null,\"name\":\"x\"}");
    assertThat(Json.mapper().writeValueAsString(new Populator(1, null, null, null, Map.of())))
        .isEqualTo("{\"id\":1}");
    assertThat(Json.mapper().writeValueAsString(List.of(Instant.parse("2026-01-01T00:00:00Z"))))
        .isEqualTo("[\"2026-01-01T00:00:00Z\"]");
  }
}
