package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.q;
import static io.netobs.kentik.QueriesTest.topTalkers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.DecodingException;
import io.netobs.kentik.model.ChartImageType;
import io.netobs.kentik.model.TopXChart;
import io.netobs.kentik.model.TopXData;
import io.netobs.kentik.model.TopXPoint;
import io.netobs.kentik.model.TopXRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Query API's answers at the edges of their shapes: absent and null lists, points without a
 * value, and the message that says where a shape went wrong.
 */
class QueryAnswerShapesTest {
  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  private TopXData data(String answer) {
    kentik.answer(200, q(answer));
    return kentik.client.queries().topXData(topTalkers());
  }

  private void refused(String answer, String message) {
    kentik.answer(200, q(answer));
    assertThatThrownBy(() -> kentik.client.queries().topXData(topTalkers()))
        .as(answer)
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining(message);
  }

  private TopXChart chart(String answer) {
    kentik.answer(200, q(answer));
    return kentik.client.queries().topXChart(topTalkers(), ChartImageType.PNG);
  }

  private void chartRefused(String answer, String message) {
    kentik.answer(200, q(answer));
    assertThatThrownBy(() -> kentik.client.queries().topXChart(topTalkers(), ChartImageType.PNG))
        .as(answer)
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining(message);
  }

  @Test
  void absentAndNullListsAreEmpty() {
    assertThat(data("{}").results()).isEmpty();
    assertThat(data("{'results': null}").results()).isEmpty();

    TopXData noRows = data("{'results': [{'bucket': null}, {'bucket': 'b', 'data': null}]}");
    assertThat(noRows.results()).hasSize(2);
    assertThat(noRows.results().get(0).bucket()).isNull();
    assertThat(noRows.results().get(0).data()).isEmpty();
    assertThat(noRows.results().get(1).bucket()).isEqualTo("b");
    assertThat(noRows.results().get(1).data()).isEmpty();
    assertThat(noRows.results().get(1).unknownFields()).isEmpty();
  }

  @Test
  void aRowKeepsItsNumbersAsValuesAndEverythingElseAsUnknown() {
    TopXData answer =
        data(
            "{'results': [{'data': [{'key': null, 'name': 'n', 'timeSeries': null,"
                + " 'bits': 3, 'flag': true, 'nested': {'a': 1}, 'gone': null}]}]}");

    TopXRow row = answer.rows().get(0);
    assertThat(row.key()).isNull();
    assertThat(row.name()).isEqualTo("n");
    assertThat(row.timeSeries()).isEmpty();
    assertThat(row.value("bits")).hasValue(3.0);
    assertThat(row.unknownFields())
        .containsEntry("flag", true)
        .containsEntry("nested", Map.of("a", 1))
        .containsEntry("gone", null)
        .doesNotContainKeys("key", "name", "timeSeries", "bits");
  }

  @Test
  void aPointWithoutAValueIsNaNAndItsPeriodKeepsMilliseconds() {
    TopXData answer =
        data(
            "{'results': [{'data': [{'key': 'k', 'timeSeries': {'m': {'flow': null}, 'n': {'flow':"
                + " [[1735725600000, null, 0.25], [1735725660000, 2.5, 300]]}}}]}]}");

    TopXRow row = answer.rows().get(0);
    assertThat(row.timeSeries().get("m").flow()).isEmpty();
    assertThat(row.timeSeries().get("n").flow())
        .containsExactly(
            new TopXPoint(
                Instant.parse("2025-01-01T10:00:00Z"), Double.NaN, Duration.ofMillis(250)),
            new TopXPoint(Instant.parse("2025-01-01T10:01:00Z"), 2.5, Duration.ofMinutes(5)));
  }

  @Test
  void aWrongShapeIsNamedWhereItIs() {
    refused("[]", "the answer must be a JSON object, got array");
    refused("{'results': {}}", "results must be a JSON array, got object");
    refused("{'results': ['x']}", "results[0] must be a JSON object, got string");
    refused("{'results': [{'data': 'x'}]}", "results[0].data must be a JSON array, got string");
    refused("{'results': [{'data': [7]}]}", "results[0].data[0] must be a JSON object, got number");
    refused(
        "{'results': [{}, {'data': [{'timeSeries': {'m': 1}}]}]}",
        "results[1].data[0].timeSeries.m must be a JSON object, got number");
    refused(
        "{'results': [{'data': [{'timeSeries': {'m': {'flow': {}}}}]}]}",
        "results[0].data[0].timeSeries.m.flow must be a JSON array, got object");
  }

  @Test
  void aPointMustBeTimeValueAndPeriod() {
    String where =
        "results[0].data[0].timeSeries.m.flow[1] must be [epoch milliseconds, value,"
            + " period in seconds], got ";
    String[][] bad = {
      {"[1, 2]", "[1,2]"},
      {"'x'", "\"x\""},
      {"['1', 2, 60]", "[\"1\",2,60]"},
      {"[1, 2, '60']", "[1,2,\"60\"]"},
      {"[1, '2', 60]", "[1,\"2\",60]"},
      {
        "['a time of more than sixty characters, which is cut in the message', 2, 60]",
        "[\"a time of more than sixty characters, which is cut in the ..."
      }
    };
    // Exactly 60 characters are shown whole.
    String sixty = "[\"" + "t".repeat(51) + "\",2,60]";
    bad = java.util.Arrays.copyOf(bad, bad.length + 1);
    bad[bad.length - 1] = new String[] {sixty.replace('"', '\''), sixty};
    assertThat(sixty).hasSize(60);
    for (String[] point : bad) {
      refused(
          "{'results': [{'data': [{'timeSeries': {'m': {'flow': [[1, 2, 60], "
              + point[0]
              + "]}}}]}]}",
          where + point[1]);
    }
    kentik.answer(
        200,
        q(
            "{'results': [{'data': [{'timeSeries': {'m': {'flow': [[1, 2, 60], "
                + bad[bad.length - 1][0]
                + "]}}}]}]}"));
    assertThatThrownBy(() -> kentik.client.queries().topXData(topTalkers()))
        .hasMessageContaining(where + sixty)
        .message()
        .doesNotContain(where + sixty + "...");
  }

  @Test
  void aPointOfFourElementsIsReadFromItsFirstThree() {
    TopXData answer =
        data("{'results': [{'data': [{'timeSeries': {'m': {'flow': [[1000, 2, 60, 'x']]}}}]}]}");

    assertThat(answer.rows().get(0).timeSeries().get("m").flow())
        .containsExactly(new TopXPoint(Instant.ofEpochSecond(1), 2, Duration.ofMinutes(1)));
  }

  @Test
  void aChartsMediaTypeAndBase64AreReadWhateverTheirCaseAndLineBreaks() {
    TopXChart chart = chart("{'dataUri': 'DATA:image/png;BASE64,AAEC\\nAwQ='}");

    assertThat(chart.mediaType()).isEqualTo("image/png");
    assertThat(chart.bytes()).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void aChartDataUriOfAnotherShapeIsNamed() {
    chartRefused("[]", "the answer must be a JSON object, got array");
    chartRefused("{'dataUri': null}", "got no dataUri text");
    chartRefused("{'dataUri': 'data:;base64,AAAA'}", "began with data:;base64,AAAA");
    chartRefused("{'dataUri': 'data:image/png'}", "began with data:image/png");
    // The message shows the first 40 characters.
    kentik.answer(200, q("{'dataUri': 'image/png;base64," + "A".repeat(60) + "'}"));
    assertThatThrownBy(() -> kentik.client.queries().topXChart(topTalkers(), ChartImageType.PNG))
        .isInstanceOf(DecodingException.class)
        .message()
        .containsPattern("began with image/png;base64,A{23}(?!A)");
    chartRefused("{'dataUri': 'data:image/png;base64,@@@@'}", "does not hold valid base64");
  }

  @Test
  void aPortalUrlMustBeANonBlankString() {
    kentik.answer(200, "\" \"");
    assertThatThrownBy(() -> kentik.client.queries().url(topTalkers()))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("expected the URL as a JSON string, got string");
    kentik.answer(200, "[\"https://portal.kentik.com/x\"]");
    assertThatThrownBy(() -> kentik.client.queries().url(topTalkers()))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("expected the URL as a JSON string, got array");
  }
}
