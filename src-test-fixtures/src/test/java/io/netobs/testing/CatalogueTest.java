package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  @Test
  void holdsEveryOperationOfBothServicesOnce() {
    // The guide's 322, the 141 of today's API the guide lacks, and 7 endpoints of firmware 26.3
    // that integrations call although no published catalogue lists them.
    assertThat(Catalogue.extraHop().size()).isEqualTo(470);
    assertThat(Catalogue.kentik().size()).isEqualTo(85);
    // Today's API renames some path parameters ({childId} became {child-id}): an operation of both
    // the guide and today's API is listed once, whatever its parameters are called.
    Set<String> extraHopShapes =
        Catalogue.extraHop().operations().stream()
            .map(op -> op.method() + " " + op.path().replaceAll("\\{[^}]+}", "{}"))
            .collect(Collectors.toSet());
    assertThat(extraHopShapes).hasSize(Catalogue.extraHop().size());
    assertThat(Catalogue.kentik().operations())
        .allSatisfy(
            op -> {
              assertThat(op.service()).isEqualTo("kentik");
              assertThat(op.path()).startsWith("/");
              assertThat(op.description()).isNotBlank();
            });
  }

  @Test
  void everyOperationMatchesItsOwnTemplateFilledIn() {
    for (Catalogue catalogue : new Catalogue[] {Catalogue.extraHop(), Catalogue.kentik()}) {
      for (Catalogue.Operation op : catalogue.operations()) {
        // Kentik's v6 operations are served from the root, not under the base path.
        boolean rooted = op.path().matches("/[a-z_]+/v\\d{6}.*");
        String concrete =
            (rooted ? "" : catalogue.basePath()) + op.path().replaceAll("\\{[^}]+}", "17");
        assertThat(catalogue.match(op.method(), concrete)).as(concrete).contains(op);
      }
    }
  }

  @Test
  void literalSegmentsWinOverParameters() {
    assertThat(
            Catalogue.extraHop()
                .match("POST", "/api/v1/activitymaps/query")
                .map(Catalogue.Operation::key))
        .contains("POST /activitymaps/query");
    assertThat(
            Catalogue.extraHop()
                .match("POST", "/api/v1/activitymaps/12/query")
                .map(Catalogue.Operation::key))
        .contains("POST /activitymaps/{id}/query");
    assertThat(Catalogue.extraHop().match("GET", "/api/v1/activitymaps/query")).isEmpty();
    assertThat(
            Catalogue.extraHop()
                .match("GET", "/api/v1/activitymaps/12")
                .map(Catalogue.Operation::key))
        .contains("GET /activitymaps/{id}");
  }

  @Test
  void matchesWithOrWithoutThePrefixInAnyMethodCaseIgnoringTheQuery() {
    assertThat(Catalogue.kentik().match("get", "/tags").map(Catalogue.Operation::key))
        .contains("GET /tags");
    assertThat(Catalogue.kentik().match("GET", "/api/v5/tag/42?x=1").map(Catalogue.Operation::key))
        .contains("GET /tag/{id}");
    assertThat(
            Catalogue.kentik()
                .match("POST", "/api/v5/batch/customdimensions/c_region/populators")
                .map(Catalogue.Operation::key))
        .contains("POST /batch/customdimensions/{dimensionName}/populators");
    assertThat(Catalogue.kentik().match("GET", "/api/v5/nothing")).isEmpty();
    assertThat(Catalogue.kentik().match("GET", "/api/v5/tag/")).isEmpty();
    assertThat(Catalogue.kentik().knowsPath("/api/v5/tag/4")).isTrue();
  }

  @Test
  void lookupChoosesTheServiceByPrefix() {
    assertThat(Catalogue.lookup("GET", "/api/v1/tags").map(Catalogue.Operation::service))
        .contains("extrahop");
    assertThat(Catalogue.lookup("GET", "/api/v5/tags").map(Catalogue.Operation::service))
        .contains("kentik");
    assertThat(Catalogue.lookup("GET", "/tags")).isEmpty();
    assertThat(Catalogue.lookup("GET", "/api/v10/tags")).isEmpty();
  }

  @Test
  void extractsPathParametersAndListsWhatIsMissing() {
    Catalogue.Operation op =
        Catalogue.extraHop().operation("POST /tags/{id}/devices/{childId}").orElseThrow();
    assertThat(op.pathParameters("/api/v1/tags/3/devices/9"))
        .isEqualTo(Map.of("id", "3", "childId", "9"));

    assertThat(Catalogue.kentik().missing(Set.of("GET /tags", "POST /tag")))
        .hasSize(83)
        .extracting(Catalogue.Operation::key)
        .doesNotContain("GET /tags", "POST /tag");
  }
}
