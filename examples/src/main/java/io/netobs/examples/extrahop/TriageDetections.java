package io.netobs.examples.extrahop;

import io.netobs.examples.Example;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Runner;
import io.netobs.examples.Table;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.model.Detection;
import io.netobs.extrahop.model.DetectionParticipant;
import io.netobs.extrahop.model.DetectionStatus;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.PacketSearchResult;
import io.netobs.extrahop.request.DetectionFilter;
import io.netobs.extrahop.request.DetectionQuery;
import io.netobs.extrahop.request.DetectionUpdate;
import io.netobs.extrahop.request.PacketSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Triage of security detections: lists the open security detections of the last week whose risk
 * score is at least {@value #RISK_SCORE_MIN}, read lazily page by page, newest first; takes the
 * newest into work (assigns it, sets its ticket id and adds a note); then downloads the packets of
 * its offender (its address, or the address of the offending device) over the detection's time
 * window to a PCAP file. Without {@code --apply} against a real appliance it only says what it
 * would change.
 */
public final class TriageDetections {
  /** The lowest risk score a detection must have to be triaged here. */
  static final int RISK_SCORE_MIN = 60;

  /** How far back detections are looked for. */
  static final Duration SINCE = Duration.ofDays(7);

  /** How many detections the table shows; the search reads only the pages it needs for them. */
  static final int SHOWN = 10;

  /** The user the detection is assigned to. */
  static final String ASSIGNEE = "setup";

  /** The most packet bytes downloaded for the offender. */
  static final long LIMIT_BYTES = 4L * 1024 * 1024;

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.extraHop(
          "Triage open security detections and download the offender's packets",
          TriageDetections.class,
          TriageDetections::run);

  private TriageDetections() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args, "java -cp netobs-examples.jar " + TriageDetections.class.getName(), List.of(EXAMPLE));
  }

  /** Finds the detections, takes the riskiest into work and downloads its offender's packets. */
  public static void run(ExtraHopClient client, Printer out, Options options) throws IOException {
    Instant since = Instant.now().minus(SINCE);
    DetectionQuery open =
        DetectionQuery.builder()
            .filter(
                DetectionFilter.builder()
                    .categories("sec")
                    .riskScoreMin(RISK_SCORE_MIN)
                    .statusNone()
                    .status(DetectionStatus.NEW, DetectionStatus.IN_PROGRESS)
                    .build())
            .from(ExtraHopTime.at(since))
            .sortDescending("start_time")
            .pageSize(50)
            .build();

    List<Detection> shown = new ArrayList<>();
    for (Detection detection : client.detections().search(open)) {
      shown.add(detection);
      if (shown.size() == SHOWN) {
        break; // later pages are never asked for
      }
    }
    if (shown.isEmpty()) {
      out.line(
          "No open security detection of the last %d days scores %d or more.",
          SINCE.toDays(), RISK_SCORE_MIN);
      return;
    }
    Table table = out.table("id", "risk", "type", "offender", "status", "assignee", "started");
    for (Detection d : shown) {
      table.row(
          d.id(),
          d.riskScore(),
          d.type(),
          offender(d).map(TriageDetections::describe).orElse(null),
          d.status() == null ? "open" : d.status().value(),
          d.assignee(),
          d.startTime());
    }
    table.print();

    Detection first = shown.get(0);
    String ticket = "SOC-" + first.id();
    if (!options.changesAllowed()) {
      out.wouldDo(
          "assign detection %d to %s, set its ticket id to %s and add a note",
          first.id(), ASSIGNEE, ticket);
    } else {
      client
          .detections()
          .update(
              first.id(),
              DetectionUpdate.builder()
                  .assignee(ASSIGNEE)
                  .status(DetectionStatus.IN_PROGRESS)
                  .ticketId(ticket)
                  .build());
      client
          .detections()
          .replaceNotes(first.id(), "Taken into work as " + ticket + " by the triage program.");
      Detection updated = client.detections().get(first.id());
      out.line(
          "Detection %d is now %s, assigned to %s, ticket %s",
          updated.id(),
          updated.status() == null ? "open" : updated.status().value(),
          updated.assignee(),
          updated.ticketId());
    }

    Optional<String> address = offender(first).flatMap(p -> address(client, p));
    if (address.isEmpty()) {
      out.line("Detection %d names no offender address: no packets to download.", first.id());
      return;
    }
    downloadPackets(client, out, options, first, address.get());
  }

  /** Downloads the offender's packets over the detection's time window into {@code --out}. */
  private static void downloadPackets(
      ExtraHopClient client, Printer out, Options options, Detection detection, String address)
      throws IOException {
    Instant from = detection.startTime() != null ? detection.startTime() : Instant.now();
    Instant until = detection.endTime() != null ? detection.endTime() : Instant.now();
    if (!until.isAfter(from)) {
      until = from.plus(Duration.ofMinutes(1));
    }
    Files.createDirectories(options.outDir());
    Path target =
        options
            .outDir()
            .resolve(
                "detection-"
                    + detection.id()
                    + "-"
                    + address.replaceAll("[^A-Za-z0-9._-]", "_")
                    + ".pcap");
    PacketSearchResult result =
        client
            .packets()
            .search(
                PacketSearch.builder()
                    .from(ExtraHopTime.at(from))
                    .until(ExtraHopTime.at(until))
                    .ip1(address)
                    .limitBytes(LIMIT_BYTES)
                    .build(),
                target);
    if (!result.matched()) {
      out.line(
          "No packets of %s were stored between %s and %s: no file was written.",
          address, from, until);
      return;
    }
    out.line(
        "Packets of the offender %s, %s to %s: %s in %s",
        address, from, until, DownloadPacketCapture.size(result.bytes()), target);
  }

  /** The participant's address, or for a device without one in the detection, the device's. */
  private static Optional<String> address(ExtraHopClient client, DetectionParticipant participant) {
    if (participant.ipaddr() != null) {
      return Optional.of(participant.ipaddr());
    }
    if ("device".equals(participant.objectType()) && participant.objectId() != null) {
      Device device = client.devices().get(participant.objectId());
      return Optional.ofNullable(device.ipaddr4() != null ? device.ipaddr4() : device.ipaddr6());
    }
    return Optional.empty();
  }

  private static Optional<DetectionParticipant> offender(Detection detection) {
    return detection.offenders().stream().findFirst();
  }

  private static String describe(DetectionParticipant participant) {
    if (participant.hostname() != null) {
      return participant.hostname()
          + (participant.ipaddr() != null ? " (" + participant.ipaddr() + ")" : "");
    }
    if (participant.ipaddr() != null) {
      return participant.ipaddr();
    }
    return participant.objectType() + " " + participant.objectId();
  }
}
