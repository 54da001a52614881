package io.netobs.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample payloads parse, are all listed in their README, and carry every field the fake answers
 * for the same request, so that a decoder tested on the samples also decodes the fake (and the fake
 * stays shaped like the samples).
 */
class ExtraHopSamplesTest {
  private static final String FOLDER = "/io/netobs/testing/samples/extrahop/";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private static final String METRICS =
      "{\"from\": -120000, \"metric_category\": \"http\", \"metric_specs\": "
          + "[{\"name\": \"rsp\"}], \"object_ids\": [0], \"object_type\": \"application\"}";

  /** What the fake answers for the request each sample answers. */
  private static final Map<String, Function<ExtraHopCalls, JsonNode>> SAME_REQUEST =
      new LinkedHashMap<>();

  static {
    SAME_REQUEST.put("device.json", calls -> calls.get("/devices/1").json());
    SAME_REQUEST.put("devices.json", calls -> calls.get("/devices?limit=3").json());
    SAME_REQUEST.put("tag.json", calls -> calls.get("/tags/1").json());
    SAME_REQUEST.put("devicegroup.json", calls -> calls.get("/devicegroups/2").json());
    SAME_REQUEST.put("alert-threshold.json", calls -> calls.get("/alerts/1").json());
    SAME_REQUEST.put("alert-detection.json", calls -> calls.get("/alerts/4").json());
    SAME_REQUEST.put("emailgroup.json", calls -> calls.get("/emailgroups/1").json());
    SAME_REQUEST.put("metrics.json", calls -> calls.post("/metrics", METRICS).json());
    SAME_REQUEST.put("metrics-total.json", calls -> calls.post("/metrics/total", METRICS).json());
    SAME_REQUEST.put(
        "metrics-keyed.json",
        calls ->
            calls
                .post(
                    "/metrics",
                    METRICS.replace(
                        "[{\"name\": \"rsp\"}]",
                        "[{\"name\": \"rsp_error\", \"key1\": \"500\"}, {\"name\": \"tprocess\", \"calc_type\": \"percentiles\"}]"))
                .json());
    SAME_REQUEST.put(
        "records-search.json",
        calls -> calls.post("/records/search", "{\"from\": \"-2h\"}").json());
    SAME_REQUEST.put("error.json", calls -> calls.get("/alerts/999").json());
    SAME_REQUEST.put(
        "assignments-207.json",
        calls -> calls.post("/tags/1/devices", "{\"assign\": [9999]}").json());
    SAME_REQUEST.put(
        "oauth-token.json",
        calls ->
            ExtraHopCalls.withAuthorization(
                    calls.api(),
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("fake-client-id:fake-client-secret".getBytes(UTF_8)))
                .send(
                    "POST",
                    "/oauth2/token",
                    "grant_type=client_credentials".getBytes(UTF_8),
                    "application/x-www-form-urlencoded")
                .json());
    SAME_REQUEST.put(
        "oauth-error.json",
        calls ->
            ExtraHopCalls.withAuthorization(calls.api(), "Basic eDp5")
                .send(
                    "POST",
                    "/oauth2/token",
                    "grant_type=client_credentials".getBytes(UTF_8),
                    "application/x-www-form-urlencoded")
                .json());
    SAME_REQUEST.put("appliance.json", calls -> calls.get("/appliances/1").json());
    SAME_REQUEST.put("network.json", calls -> calls.get("/networks/1").json());
    SAME_REQUEST.put("vlan.json", calls -> calls.get("/vlans").json().get(0));
    SAME_REQUEST.put("user.json", calls -> calls.get("/users/netops").json());
    SAME_REQUEST.put("usergroup.json", calls -> calls.get("/usergroups/remote.netops").json());
    SAME_REQUEST.put(
        "usergroup-members.json", calls -> calls.get("/usergroups/remote.netops/members").json());
    SAME_REQUEST.put("dashboard.json", calls -> calls.get("/dashboards/1").json());
    SAME_REQUEST.put("sharing.json", calls -> calls.get("/dashboards/1/sharing").json());
    SAME_REQUEST.put("trigger.json", calls -> calls.get("/triggers/1").json());
    SAME_REQUEST.put("activitymap.json", calls -> calls.get("/activitymaps/1").json());
    SAME_REQUEST.put(
        "activitymap-query.json",
        calls ->
            calls.post("/activitymaps/1/query", "{\"edge_annotations\": [\"protocols\"]}").json());
    SAME_REQUEST.put("application.json", calls -> calls.get("/applications/2").json());
    SAME_REQUEST.put("detection.json", calls -> calls.get("/detections/1").json());
    SAME_REQUEST.put("extrahop.json", calls -> calls.get("/extrahop").json());
    SAME_REQUEST.put("license.json", calls -> calls.get("/license").json());
    SAME_REQUEST.put("node.json", calls -> calls.get("/nodes/1").json());
    SAME_REQUEST.put("customization.json", calls -> calls.get("/customizations/2").json());
    SAME_REQUEST.put("report.json", calls -> calls.get("/reports/1").json());
    SAME_REQUEST.put("exclusioninterval.json", calls -> calls.get("/exclusionintervals/1").json());
    SAME_REQUEST.put(
        "supportpack-queue-running.json",
        calls -> calls.get("/supportpacks/queue/" + runSupportPack(calls)).json());
    SAME_REQUEST.put(
        "supportpack-queue-done.json",
        calls -> {
          String queue = "/supportpacks/queue/" + runSupportPack(calls);
          calls.get(queue);
          calls.get(queue);
          return calls.get(queue).json();
        });
  }

  static Stream<String> comparableSamples() {
    return SAME_REQUEST.keySet().stream();
  }

  @Test
  void theReadmeListsEverySampleAndOnlyThem() throws IOException, URISyntaxException {
    Path folder = Path.of(ExtraHopSamplesTest.class.getResource(FOLDER).toURI());
    Set<String> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .map(path -> path.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    String readme = Files.readString(folder.resolve("README.md"));
    Set<String> listed = new TreeSet<>();
    Matcher matcher = Pattern.compile("`([a-z0-9-]+\\.json)`").matcher(readme);
    while (matcher.find()) {
      listed.add(matcher.group(1));
    }

    assertThat(listed).isEqualTo(files);
    for (String file : files) {
      assertThat(sample(file)).as(file).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparableSamples")
  void aSampleHasEveryFieldTheFakeAnswers(String file) throws IOException {
    ExtraHopApi api = ExtraHopApi.builder().devices(12).records(40).clock(CLOCK).build();
    JsonNode fake = SAME_REQUEST.get(file).apply(ExtraHopCalls.withKey(api));
    JsonNode sample = sample(file);

    assertHasFields(file, sample, fake);
  }

  @Test
  void theConsoleSampleMatchesAConsole() throws IOException {
    ExtraHopApi console = ExtraHopApi.builder().devices(3).records(0).consoleMode(1).build();
    ExtraHopCalls calls = ExtraHopCalls.withKey(console);
    JsonNode xid = calls.post("/metrics", METRICS).json();

    assertHasFields("metrics-console-xid.json", sample("metrics-console-xid.json"), xid);
    assertThat(calls.get("/metrics/next/" + xid.get("xid").asText()).json())
        .isEqualTo(sample("metrics-again.json"));
  }

  @Test
  void theLastPageSampleMatchesTheFakesLastPage() throws IOException {
    ExtraHopCalls calls =
        ExtraHopCalls.withKey(ExtraHopApi.builder().devices(12).records(30).build());
    JsonNode page = calls.post("/records/search", "{\"from\": \"-2h\", \"limit\": 20}").json();
    JsonNode last = calls.get("/records/cursor/" + page.get("cursor").asText()).json();

    assertThat(last.has("cursor")).isFalse();
    assertHasFields("records-last-page.json", sample("records-last-page.json"), last);
  }

  /**
   * Every field of {@code fake} is in {@code sample}, recursively through objects and first array
   * elements.
   */
  private static void assertHasFields(String where, JsonNode sample, JsonNode fake) {
    if (fake.isObject()) {
      assertThat(sample.isObject()).as(where + " is an object").isTrue();
      Set<String> missing = new HashSet<>();
      fake.fieldNames()
          .forEachRemaining(
              name -> {
                if (!sample.has(name)) {
                  missing.add(name);
                }
              });
      assertThat(missing).as(where + ": fields the fake answers but the sample lacks").isEmpty();
      fake.properties()
          .forEach(
              field -> {
                JsonNode sampled = sample.get(field.getKey());
                // Record sources, detection properties and trigger hints differ by kind; their
                // fields are free.
                boolean comparable =
                    !sampled.isNull()
                        && !field.getValue().isNull()
                        && !Set.of("_source", "properties", "hints").contains(field.getKey());
                if (comparable) {
                  assertHasFields(where + "." + field.getKey(), sampled, field.getValue());
                }
              });
    } else if (fake.isArray() && !fake.isEmpty() && !sample.isEmpty()) {
      assertThat(sample.isArray()).as(where + " is an array").isTrue();
      assertHasFields(where + "[0]", sample.get(0), fake.get(0));
    }
  }

  private static String runSupportPack(ExtraHopCalls calls) {
    return calls
        .send("POST", "/supportpacks/execute", new byte[] {1}, "application/octet-stream")
        .json()
        .get("id")
        .asText();
  }

  private static JsonNode sample(String file) throws IOException {
    try (InputStream in = ExtraHopSamplesTest.class.getResourceAsStream(FOLDER + file)) {
      assertThat(in).as(file).isNotNull();
      return ExtraHopCalls.JSON.readTree(in);
    }
  }
}
