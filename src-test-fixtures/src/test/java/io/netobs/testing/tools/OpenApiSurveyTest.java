package io.netobs.testing.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OpenApiSurveyTest {
  /** A model record as the SDK writes them: one field renamed, one the document has left out. */
  public record Widget(
      @JsonProperty("id") String id, String name, @JsonProperty("sizeMm") long size) {}

  private static Path document() throws URISyntaxException {
    return Path.of(OpenApiSurveyTest.class.getResource("widgets.swagger.json").toURI());
  }

  @Test
  void printsCatalogueRowsWithSimpleParameterNames() throws Exception {
    assertThat(OpenApiSurvey.survey(document(), null))
        .containsExactly(
            "# Widget API v202401",
            "widget\tGET\t/widget/v202401/widgets\tLists the widgets.\t",
            "widget\tPOST\t/widget/v202401/widgets\tMakes a widget.\t",
            "widget\tDELETE\t/widget/v202401/widgets/{id}/parts/{partId}\tDeletePart\t");
  }

  @Test
  void namesTheFieldsTheRecordsLack() throws Exception {
    assertThat(OpenApiSurvey.survey(document(), OpenApiSurveyTest.class.getName()).subList(4, 6))
        .containsExactly(
            "v202401Widget -> Widget: lacks colour",
            "v202401Part: no record Part in " + OpenApiSurveyTest.class.getName());
  }
}
