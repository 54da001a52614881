package io.netobs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.examples.extrahop.DeviceHttpMetrics;
import io.netobs.examples.extrahop.DownloadPacketCapture;
import io.netobs.examples.extrahop.TagSubnet;
import io.netobs.examples.kentik.SyncPopulators;
import io.netobs.testing.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How programs are reported: expected failures as one line, the unexpected with a trace, and the
 * exit status.
 */
class RunnerTest {
  private static Services services;

  @BeforeAll
  static void start() {
    services = Services.fakes(EnumSet.allOf(Service.class));
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @BeforeEach
  void clear() {
    services.fakeExtraHop().faults().clear();
    services.fakeExtraHop().reset();
  }

  @Test
  void aTypedSdkExceptionIsOneLineAndTheExitStatusSaysFailed() {
    services
        .fakeExtraHop()
        .faults()
        .on("POST", "/api/v1/packets/search")
        .respond(Fault.status(403));
    Output output = new Output();

    int status =
        Runner.run(
            List.of(DownloadPacketCapture.EXAMPLE), Options.defaults(), services, output.plain());

    assertThat(status).isEqualTo(Runner.FAILED);
    assertThat(output.text())
        .containsPattern("(?m)^  ForbiddenException: POST /api/v1/packets/search: 403 Forbidden.*$")
        .contains("-> FAILED")
        .doesNotContain("\tat ");
  }

  @Test
  void anAssignmentThatDidNotStickFailsTheVerification() {
    // The appliance says yes to every assignment request but applies none.
    services
        .fakeExtraHop()
        .faults()
        .on("POST", "/api/v1/tags/{id}/devices")
        .always()
        .respond(Fault.emptyOk());
    Output output = new Output();

    int status =
        Runner.run(List.of(TagSubnet.EXAMPLE), Options.defaults(), services, output.plain());

    assertThat(status).isEqualTo(Runner.FAILED);
    assertThat(output.text())
        .containsPattern("  \\d+ devices do not carry the tag after the assignment, e.g. \\d+")
        .doesNotContain("Verified")
        .doesNotContain("\tat ");
  }

  @Test
  void theOptionsChooseTheSubnetTheDeviceAndTheHostOfThePackets(@TempDir Path downloads)
      throws Exception {
    Output output = new Output();
    // An address of the documentation range: no packet of the fake is to or from it.
    String host = "203.0.113.7";

    int status =
        Runner.run(
            List.of(TagSubnet.EXAMPLE, DeviceHttpMetrics.EXAMPLE, DownloadPacketCapture.EXAMPLE),
            Options.parse(
                "--subnet",
                "10.40.2.[0-9]+",
                "--device",
                "7",
                "--ip",
                host,
                "--out",
                downloads.toString()),
            services,
            output.plain());

    assertThat(status).isEqualTo(Runner.OK);
    long inSubnet =
        services.fakeExtraHop().api().store("devices").stream()
            .filter(device -> device.path("ipaddr4").asText().matches("10.40.2.[0-9]+"))
            .count();
    assertThat(output.text())
        .contains("Devices whose IP address matches 10.40.2.[0-9]+: " + inSubnet + " ")
        .contains("Verified: all " + inSubnet + " devices carry the tag")
        .containsPattern("(?m)^  Device 7: ")
        .contains("Searching the packets to or from " + host + " of the last 15 minutes");
    assertThat(output.text()).contains("No packets matched: no file was written.");
    try (var files = Files.list(downloads)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void anUnexpectedExceptionShowsItsStackTrace() {
    Example broken =
        Example.extraHop(
            "Broken",
            RunnerTest.class,
            (client, out, options) -> {
              throw new NullPointerException("a bug");
            });
    Output output = new Output();

    int status = Runner.run(List.of(broken), Options.defaults(), services, output.plain());

    assertThat(status).isEqualTo(Runner.FAILED);
    assertThat(output.text())
        .contains("java.lang.NullPointerException: a bug")
        .contains("\tat ")
        .contains("-> FAILED");
  }

  @Test
  void oneFailureAmongSeveralFailsTheWholeRunButTheOthersStillRun() {
    Example failing =
        Example.extraHop(
            "Failing", RunnerTest.class, (client, out, options) -> client.tags().get(99_999));
    Output output = new Output();

    int status =
        Runner.run(
            List.of(failing, SyncPopulators.EXAMPLE),
            Options.parse("--dimension", "c_asn_group"),
            services,
            output.plain());

    assertThat(status).isEqualTo(Runner.FAILED);
    assertThat(output.text())
        .contains("NotFoundException: GET /api/v1/tags/99999: 404 Not Found")
        .contains("Pass --dimension NAME and --csv FILE")
        .containsPattern("2  SyncPopulators +Kentik +skipped")
        .contains("1 of 2 programs failed.");
  }

  @Test
  void helpPrintsTheUsageAndUnknownOptionsExitWithStatusTwo() {
    Output output = new Output();

    assertThat(Runner.run(new String[] {"--help"}, "tour", Tour.EXAMPLES, output.plain()))
        .isEqualTo(Runner.OK);
    assertThat(output.text()).startsWith("Usage: tour [options]").contains("--apply");
    Output errors = new Output();
    assertThat(Runner.run(new String[] {"--nope"}, "tour", Tour.EXAMPLES, errors.plain()))
        .isEqualTo(Runner.USAGE);
    assertThat(errors.text())
        .startsWith("error: unknown option --nope")
        .contains("Usage: tour [options]");
  }
}
