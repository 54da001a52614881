package io.netobs.testing;

import static io.netobs.testing.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SamplesTest {
  private static final Pattern DATE =
      Pattern.compile("\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.(\\d{1,6}))?Z\"");

  private static JsonNode parse(String name) throws IOException {
    return Http.JSON.readTree(Samples.kentik(name));
  }

  @Test
  void everyListedSampleIsJson() throws IOException {
    assertThat(Samples.kentikNames())
        .contains(
            "tag",
            "tags",
            "custom-dimension",
            "custom-dimensions",
            "populator",
            "batch-response",
            "batch-status",
            "saved-filter",
            "saved-filters",
            "custom-application",
            "custom-applications",
            "error");
    for (String name : Samples.kentikNames()) {
      assertThat(parse(name)).as(name).isNotNull();
    }
    assertThatThrownBy(() -> Samples.kentik("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tag");
    assertThatThrownBy(() -> Samples.kentik("../catalogue/kentik-operations"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void samplesCarryTheLiveQuirks() throws IOException {
    assertThat(parse("tag").path("tag").path("company_id").isTextual()).isTrue();
    assertThat(parse("tags").path("tags").get(1).path("user").isNull()).isTrue();
    assertThat(parse("saved-filters").isArray()).isTrue();
    assertThat(parse("custom-applications").isArray()).isTrue();
    assertThat(parse("custom-application").path("cdate").isNull()).isTrue();
    assertThat(parse("populator").path("populator").path("direction").asText()).isEqualTo("DST");
    assertThat(parse("error").path("error").isTextual()).isTrue();

    Set<Integer> precisions = new HashSet<>();
    for (String name : Samples.kentikNames()) {
      Matcher date = DATE.matcher(Samples.kentik(name));
      while (date.find()) {
        precisions.add(date.group(1) == null ? 0 : date.group(1).length());
      }
    }
    assertThat(precisions).contains(0, 1, 3, 5, 6);
  }

  /**
   * The fake and the samples must agree on the type of every field they share, or one of them is
   * wrong.
   */
  @Test
  void theFakeAnswersWithTheSamplesTypes() throws IOException {
    try (FakeKentik kentik = FakeKentik.builder().sampleData(true).start()) {
      Http http = Http.kentik(kentik);
      JsonNode region = http.get("/customdimension/1").json();
      String guid =
          http.post(
                  "/batch/customdimensions/c_region/populators",
                  json(
                      "{'replace_all': false, 'complete': true, 'upserts': [{'value': 'x1', 'criteria': [{'addr': ['1.2.3.4']}]}]}"))
              .json()
              .path("guid")
              .asText();

      assertSameTypes(parse("tag"), http.get("/tag/1000").json(), "tag");
      assertSameTypes(parse("tags"), http.get("/tags").json(), "tags");
      assertSameTypes(parse("custom-dimension"), region, "custom-dimension");
      assertSameTypes(
          parse("custom-dimensions"), http.get("/customdimensions").json(), "custom-dimensions");
      assertSameTypes(
          parse("populator").path("populator"),
          region.path("customDimension").path("populators").get(0),
          "populator");
      assertSameTypes(
          parse("batch-status"), http.get("/batch/" + guid + "/status").json(), "batch-status");
      assertSameTypes(
          parse("saved-filters"), http.get("/saved-filters/custom").json(), "saved-filters");
      assertSameTypes(
          parse("custom-applications"),
          http.get("/customApplications").json(),
          "custom-applications");
      assertSameTypes(parse("error"), http.get("/tag/1").json(), "error");
    }
  }

  private static void assertSameTypes(JsonNode sample, JsonNode fake, String where) {
    if (sample.isNull() || fake.isNull()) {
      return;
    }
    assertThat(fake.getNodeType())
        .as(where)
        .isEqualTo(
            sample.getNodeType() == JsonNodeType.NUMBER && fake.isNumber()
                ? fake.getNodeType()
                : sample.getNodeType());
    if (sample.isObject()) {
      for (Map.Entry<String, JsonNode> field : sample.properties()) {
        if (fake.has(field.getKey())) {
          assertSameTypes(field.getValue(), fake.get(field.getKey()), where + "." + field.getKey());
        }
      }
    } else if (sample.isArray() && !sample.isEmpty() && !fake.isEmpty()) {
      assertSameTypes(sample.get(0), fake.get(0), where + "[0]");
    }
  }
}
