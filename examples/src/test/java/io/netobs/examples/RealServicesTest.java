package io.netobs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.examples.extrahop.CreateReadDelete;
import io.netobs.examples.extrahop.TagSubnet;
import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.FakeKentik;
import io.netobs.testing.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tour pointed at "real" services through the environment variables of the README: here fakes
 * started by the test and given as if they were real, so that their journals show every request the
 * programs made.
 */
class RealServicesTest {
  /**
   * The only requests other than GET that a dry run may make: searches and queries, which change
   * nothing.
   */
  private static final Set<String> READ_ONLY_POSTS =
      Set.of(
          "POST /api/v1/metrics",
          "POST /api/v1/records/search",
          "POST /api/v1/devices/search",
          "POST /api/v1/detections/search",
          "POST /api/v1/packets/search");

  private final String apiKey = "key-" + UUID.randomUUID();
  private final String token = "token-" + UUID.randomUUID().toString().replace("-", "");

  @TempDir Path dir;

  @Test
  void withoutApplyProgramsThatChangeStateOnlyReadAndSayWhatTheyWouldDo() throws Exception {
    Path csv = dir.resolve("regions.csv");
    Files.writeString(csv, "address,region\n10.1.0.0/24,eu-west\n10.2.0.0/24,us-east\n");
    try (FakeExtraHop extraHop = FakeExtraHop.builder().apiKey(apiKey).start();
        FakeKentik kentik = FakeKentik.builder().token(token).sampleData(true).start()) {
      int tags = extraHop.api().store("tags").size();
      int groups = extraHop.api().store("devicegroups").size();
      int alerts = extraHop.api().store("alerts").size();

      Subprocess.Result result =
          Subprocess.run(
              Tour.class,
              Map.of(
                  "EXTRAHOP_HOST",
                  extraHop.baseUrl(),
                  "EXTRAHOP_API_KEY",
                  apiKey,
                  "KENTIK_EMAIL",
                  kentik.email(),
                  "KENTIK_API_TOKEN",
                  token,
                  "KENTIK_API_URL",
                  kentik.apiUrl()),
              dir,
              "--out",
              dir.toString(),
              "--dimension",
              "c_region",
              "--csv",
              csv.toString());

      assertThat(result.status()).as(result.stdout() + result.stderr()).isEqualTo(Runner.OK);
      assertThat(result.stdout())
          .contains(extraHop.apiUrl() + ", from the environment")
          .contains(kentik.apiUrl() + ", from the environment")
          .contains(
              "read-only: programs that would change it say what they would do; --apply lets them")
          .doesNotContain("built-in fake")
          .contains("Would find or create the tag \"netobs-example-subnet\" and assign these")
          .containsPattern("Would assign detection \\d+ to setup, set its ticket id to SOC-\\d+")
          .contains("Would replace the 2 populators of c_region with the 2 rows of " + csv)
          .contains(
              "Would create the site netobs-example-site, create the label netobs-example, create"
                  + " the router netobs-example-edge")
          .contains("Nothing was changed: pass --apply to do it.")
          .containsPattern(
              "Would replace every populator of c_extrahop_role with these [\\d,]+ \\(Batch API, replace_all\\)")
          .contains("All 12 programs succeeded.")
          .doesNotContain(apiKey)
          .doesNotContain(token);
      // Standard output is a file here: progress comes as plain lines, never rewritten with \r.
      assertThat(result.stdout())
          .doesNotContain("\r")
          .containsPattern("(?m)^  Downloading packets: 0 B of [0-9.]+ KiB \\(0%\\)$");
      assertThat(
              result
                  .stdout()
                  .lines()
                  .filter(line -> line.contains("-> dry run, nothing changed"))
                  .count())
          .isEqualTo(8);

      assertThat(changingRequests(extraHop.journal())).isEmpty();
      assertThat(extraHop.journal().entries())
          .extracting(entry -> entry.method() + " " + entry.path())
          .contains(
              "GET /api/v1/devices",
              "POST /api/v1/metrics",
              "POST /api/v1/records/search",
              "POST /api/v1/devices/search",
              "POST /api/v1/packets/search");
      // Reads only: GETs, and the Query API's POSTs, which change nothing.
      assertThat(kentik.journal().entries())
          .isNotEmpty()
          .allMatch(
              entry -> entry.method().equals("GET") || entry.path().startsWith("/api/v5/query/"));
      assertThat(extraHop.api().store("tags")).hasSize(tags);
      assertThat(extraHop.api().store("devicegroups")).hasSize(groups);
      assertThat(extraHop.api().store("alerts")).hasSize(alerts);
      assertThat(kentik.populatorCount("c_region")).isEqualTo(2);
      assertThat(kentik.batchGuids()).isEmpty();
      assertThat(kentik.tagCount()).isEqualTo(2);
    }
  }

  @Test
  void eachServiceIsChosenOnItsOwnAndApplyLetsProgramsChangeARealOne() throws Exception {
    try (FakeExtraHop extraHop = FakeExtraHop.builder().apiKey(apiKey).start()) {
      Subprocess.Result result =
          Subprocess.run(
              Tour.class,
              Map.of("EXTRAHOP_HOST", extraHop.baseUrl(), "EXTRAHOP_API_KEY", apiKey),
              dir,
              "--apply",
              "--out",
              dir.toString());

      assertThat(result.status()).as(result.stdout() + result.stderr()).isEqualTo(Runner.OK);
      assertThat(result.stdout())
          .contains(extraHop.apiUrl() + ", from the environment")
          .contains("--apply: programs may change it")
          .containsPattern("Kentik +built-in fake server at http://127.0.0.1:\\d+/api/v5")
          .doesNotContain("Would ")
          .doesNotContain(apiKey);
      assertThat(changingRequests(extraHop.journal())).isNotEmpty();
      long tagId =
          extraHop.api().store("tags").stream()
              .filter(tag -> tag.path("name").asText().equals(TagSubnet.TAG_NAME))
              .findFirst()
              .orElseThrow()
              .path("id")
              .asLong();
      Set<Long> inSubnet =
          extraHop.api().store("devices").stream()
              .filter(device -> device.path("ipaddr4").asText().matches(Options.DEFAULT_SUBNET))
              .map(device -> device.path("id").asLong())
              .collect(Collectors.toSet());
      assertThat(extraHop.api().assignments("tags", tagId, "devices"))
          .isNotEmpty()
          .isEqualTo(inSubnet);
    }
  }

  @Test
  void anIncompleteConfigurationIsOneClearLineAndAFailureNotAFallbackToTheFake() throws Exception {
    Subprocess.Result result =
        Subprocess.run(CreateReadDelete.class, Map.of("EXTRAHOP_HOST", "eh.example.com"), dir);

    assertThat(result.status()).isEqualTo(Runner.FAILED);
    assertThat(result.stdout())
        .contains("ExtraHop  not usable: no ExtraHop credentials: set EXTRAHOP_API_KEY")
        .contains("ExtraHop is not usable: no ExtraHop credentials")
        .contains("-> FAILED")
        .doesNotContain("built-in fake")
        .doesNotContain("\tat ");
  }

  private static List<String> changingRequests(Journal journal) {
    return journal.entries().stream()
        .map(entry -> entry.method() + " " + entry.path())
        .filter(request -> !request.startsWith("GET ") && !READ_ONLY_POSTS.contains(request))
        .toList();
  }
}
