package io.netobs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.examples.extrahop.TagSubnet;
import io.netobs.examples.kentik.EnrichKentikFromExtraHop;
import io.netobs.examples.kentik.TopTalkers;
import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.FakeKentik;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tour as the README's first command runs it: every program against the embedded fakes. */
class TourTest {
  @TempDir Path downloads;

  @Test
  void everyProgramSucceedsAgainstTheEmbeddedFakesAndSaysWhatItDid() throws Exception {
    Output output = new Output();
    int status;
    try (Services services = Services.fakes(EnumSet.allOf(Service.class))) {
      FakeExtraHop extraHop = services.fakeExtraHop();
      FakeKentik kentik = services.fakeKentik();

      status =
          Runner.run(
              Tour.EXAMPLES,
              Options.parse("--out", downloads.toString()),
              services,
              output.plain());

      // TagSubnet: every device the fake holds in the subnet, and only those, carries the tag.
      Set<Long> inSubnet =
          extraHop.api().store("devices").stream()
              .filter(device -> device.path("ipaddr4").asText().matches(Options.DEFAULT_SUBNET))
              .map(device -> device.path("id").asLong())
              .collect(Collectors.toSet());
      assertThat(inSubnet).hasSizeGreaterThan(2 * 100);
      JsonNode tag =
          extraHop.api().store("tags").stream()
              .filter(t -> t.path("name").asText().equals(TagSubnet.TAG_NAME))
              .findFirst()
              .orElseThrow();
      assertThat(extraHop.api().assignments("tags", tag.path("id").asLong(), "devices"))
          .isEqualTo(inSubnet);
      assertThat(Output.number(output.find("Assigned ([\\d,]+) devices in (\\d+) requests")[1]))
          .isEqualTo(inSubnet.size());
      assertThat(output.find("Verified: all ([\\d,]+) devices carry the tag")[1])
          .isEqualTo(String.valueOf(inSubnet.size()));

      // DeviceHttpMetrics: one query of five-minute rows for the device it names, printed as a
      // table.
      long deviceId = Long.parseLong(output.find("^  Device (\\d+): ")[1]);
      JsonNode metricQuery = extraHop.journal().entries("POST", "/api/v1/metrics").get(0).json();
      assertThat(metricQuery.path("object_ids").get(0).asLong()).isEqualTo(deviceId);
      assertThat(metricQuery.path("cycle").asText()).isEqualTo("5min");
      assertThat(output.text())
          .containsPattern("(?m)^  time \\(UTC\\)  requests  responses  errors  p50 ms  p95 ms$")
          .containsPattern("(?m)^  \\d\\d:\\d\\d +[\\d,]+ +[\\d,]+ +[\\d,]+ +[\\d.]+ +[\\d.]+$");
      Matcher metricRow =
          java.util.regex.Pattern.compile(
                  "(?m)^  \\d\\d:\\d\\d +([\\d,]+) +([\\d,]+) +([\\d,]+) +[\\d.]+ +[\\d.]+$")
              .matcher(output.text());
      while (metricRow.find()) {
        assertThat(Output.number(metricRow.group(3)))
            .as("errors never exceed responses: %s", metricRow.group())
            .isLessThanOrEqualTo(Output.number(metricRow.group(2)));
      }

      // DeviceGroupAlert: the alert is assigned to the dynamic group.
      long groupId =
          Long.parseLong(
              output
                  .find("Device group \"netobs-example web servers\": id (\\d+) \\(created\\)")[1]);
      long alertId =
          Long.parseLong(
              output
                  .find("Alert \"netobs-example HTTP server errors\": id (\\d+) \\(created\\)")[1]);
      assertThat(extraHop.api().assignments("devicegroups", groupId, "alerts"))
          .containsExactly(alertId);
      assertThat(
              extraHop
                  .api()
                  .find("devicegroups", Long.toString(groupId))
                  .orElseThrow()
                  .path("dynamic")
                  .asBoolean())
          .isTrue();

      // Http404Records: the search went on through cursors.
      long pages = Long.parseLong(output.find("([\\d,]+) records in (\\d+) pages")[2]);
      assertThat(pages).isGreaterThan(1);
      assertThat(extraHop.journal().count("GET", "/api/v1/records/cursor/{cursor}"))
          .isEqualTo(pages - 1);

      // SyncPopulators: the dimension now holds exactly the file's rows, and the counters add up.
      assertThat(kentik.populatorCount(Services.FAKE_DIMENSION)).isEqualTo(Services.FAKE_CSV_ROWS);
      String[] upserts =
          output.find("upserts +([\\d,]+) +([\\d,]+) +([\\d,]+) +([\\d,]+) +([\\d,]+)");
      long total = Output.number(upserts[1]);
      assertThat(total)
          .isEqualTo(Services.FAKE_CSV_ROWS)
          .isEqualTo(
              Output.number(upserts[2])
                  + Output.number(upserts[3])
                  + Output.number(upserts[4])
                  + Output.number(upserts[5]));
      assertThat(output.text())
          .contains("replace_all deleted 2 populators the file does not name")
          .contains("The counters add up: 150,000 rows sent, 150,000 upserts counted");
      assertThat(
              kentik
                  .journal()
                  .count("POST", "/api/v5/batch/customdimensions/{dimensionName}/populators"))
          .isGreaterThan(1);

      // TagsAndSavedFilters: the whole life of a flow tag and of a saved filter, and the account as
      // it was.
      assertThat(kentik.journal().entries())
          .extracting(entry -> entry.operationKey())
          .contains(
              "POST /tag",
              "GET /tags",
              "PUT /tag/{id}",
              "DELETE /tag/{id}",
              "POST /saved-filter/custom",
              "GET /saved-filters/custom",
              "PUT /saved-filter/custom/{id}",
              "DELETE /saved-filter/custom/{id}");
      assertThat(kentik.tagCount()).isEqualTo(2);
      assertThat(kentik.savedFilters()).hasSize(1);

      // OnboardDevice: a site, a label, and the router carrying the label at the site.
      assertThat(kentik.journal().entries())
          .extracting(entry -> entry.operationKey())
          .contains("POST /site", "POST /deviceLabels", "POST /device", "PUT /devices/{id}/labels");
      JsonNode onboarded =
          StreamSupport.stream(kentik.devices().spliterator(), false)
              .filter(d -> d.path("device_name").asText().equals("netobs-example-edge"))
              .findFirst()
              .orElseThrow();
      assertThat(onboarded.path("site").path("site_name").asText())
          .isEqualTo("netobs-example-site");
      assertThat(onboarded.path("labels").findValuesAsText("name"))
          .containsExactly("netobs-example");

      // TopTalkers: one top-X query and one chart, the rows printed as a table, the PNG under
      // --out.
      assertThat(kentik.journal().count("POST", "/api/v5/query/topXdata")).isEqualTo(1);
      assertThat(kentik.journal().count("POST", "/api/v5/query/topXchart")).isEqualTo(1);
      assertThat(output.text())
          .containsPattern(
              "Top \\d+ source addresses of the last hour, by average bits per second:")
          .containsPattern("(?m)^ *address +bits/s");
      Path chart = downloads.resolve(TopTalkers.CHART_FILE);
      assertThat(chart).exists();
      byte[] png = Files.readAllBytes(chart);
      assertThat(png).startsWith(0x89, 'P', 'N', 'G');

      // EnrichKentikFromExtraHop: the dimension holds one populator per ExtraHop device found with
      // an address and a role, sent to that dimension's batch path.
      long found =
          Output.number(output.find("ExtraHop: ([\\d,]+) devices with an address and a role")[1]);
      assertThat(found).isPositive();
      assertThat((long) kentik.populatorCount(EnrichKentikFromExtraHop.DIMENSION)).isEqualTo(found);
      assertThat(kentik.journal().entries())
          .anyMatch(
              e ->
                  e.path()
                      .endsWith(
                          "/batch/customdimensions/"
                              + EnrichKentikFromExtraHop.DIMENSION
                              + "/populators"));
    }

    assertThat(status).isEqualTo(Runner.OK);
    assertThat(output.text())
        .contains("built-in fake server at http://127.0.0.1:")
        .containsPattern(
            "Reading it again fails as it should: NotFoundException: GET /api/v1/tags/\\d+: 404 Not Found")
        .containsPattern("Sent part 1: [\\d,]+ populators")
        .containsPattern("Sent part 2: [\\d,]+ populators")
        .contains("Server has 3 parts, still applying")
        .containsPattern("Batch [0-9a-f-]+ complete: 3 parts")
        .contains("All 12 programs succeeded.")
        .doesNotContain("\r")
        .doesNotContain("\tat ")
        .doesNotContain("FAILED")
        .doesNotContain("Would ");
    assertThat(output.lines())
        .filteredOn(line -> line.contains("-> ok ("))
        .hasSize(Tour.EXAMPLES.size());

    // DownloadPacketCapture: the packets of the last 15 minutes, up to 4 MiB, as a PCAP file
    // under --out.
    try (var files = Files.list(downloads)) {
      Path capture =
          files
              .filter(file -> file.getFileName().toString().startsWith("packets-"))
              .findFirst()
              .orElseThrow();
      byte[] bytes = Files.readAllBytes(capture);
      assertThat(bytes.length).isBetween(4 * 1024 * 1024, 4 * 1024 * 1024 + 2048);
      assertThat(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt())
          .as("PCAP magic")
          .isEqualTo(0xa1b2c3d4);
      assertThat(output.text())
          .contains("Downloaded packets: 4.0 MiB")
          .contains(capture.toString());
    }

    // TriageDetections: the riskiest open security detection is taken into work, and its
    // offender's packets over its time window are written as a PCAP file.
    assertThat(output.text())
        .containsPattern("Detection \\d+ is now in_progress, assigned to setup, ticket SOC-\\d+")
        .containsPattern("Packets of the offender [0-9.]+, .* in .*detection-\\d+-[0-9.]+\\.pcap");
    try (var files = Files.list(downloads)) {
      Path triage =
          files
              .filter(file -> file.getFileName().toString().startsWith("detection-"))
              .findFirst()
              .orElseThrow();
      assertThat(
              ByteBuffer.wrap(Files.readAllBytes(triage)).order(ByteOrder.LITTLE_ENDIAN).getInt())
          .as("PCAP magic")
          .isEqualTo(0xa1b2c3d4);
    }
  }
}
