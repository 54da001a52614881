package io.netobs.examples.extrahop;

import io.netobs.examples.Example;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Progress;
import io.netobs.examples.Runner;
import io.netobs.examples.Table;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.PacketCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lists the packet captures stored on the appliance and downloads one (the newest, or {@code
 * --capture}) to a file, with a progress line. The SDK streams the bytes to a temporary file and
 * moves it into place only when the download is complete, so a failed download leaves no partial
 * capture behind.
 */
public final class DownloadPacketCapture {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.extraHop(
          "Download a packet capture to a file",
          DownloadPacketCapture.class,
          DownloadPacketCapture::run);

  private DownloadPacketCapture() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args,
        "java -cp netobs-examples.jar " + DownloadPacketCapture.class.getName(),
        List.of(EXAMPLE));
  }

  /** Lists the captures and downloads one into {@code --out}. */
  public static void run(ExtraHopClient client, Printer out, Options options) throws IOException {
    List<PacketCapture> captures = client.packetCaptures().list();
    if (captures.isEmpty()) {
      out.line("The appliance stores no packet captures: nothing to download.");
      return;
    }
    Table table = out.table("id", "name", "size", "created (UTC)");
    captures.forEach(
        capture ->
            table.row(
                Long.toString(capture.id()),
                capture.name(),
                size(capture.size()),
                capture.createTime() == null ? null : TIME.format(capture.createTime())));
    table.print();

    Optional<PacketCapture> chosen =
        options.captureId().isPresent()
            ? captures.stream()
                .filter(capture -> capture.id() == options.captureId().getAsLong())
                .findFirst()
            : captures.stream()
                .max(
                    Comparator.comparing(
                        capture ->
                            capture.createTime() == null ? Instant.MIN : capture.createTime()));
    if (chosen.isEmpty()) {
      out.line("No packet capture has id %d.", options.captureId().getAsLong());
      return;
    }
    PacketCapture capture = chosen.get();
    Files.createDirectories(options.outDir());
    Path target = options.outDir().resolve(fileName(capture));

    Progress progress = out.progress();
    long start = System.nanoTime();
    long bytes =
        client
            .packetCaptures()
            .download(
                capture.id(),
                target,
                (soFar, total) ->
                    progress.tick(
                        "Downloading capture %d: %s",
                        capture.id(),
                        total.isPresent()
                            ? size(soFar)
                                + " of "
                                + size(total.getAsLong())
                                + " ("
                                + 100 * soFar / Math.max(1, total.getAsLong())
                                + "%)"
                            : size(soFar)));
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    progress.done(
        "Downloaded capture %d: %s in %.1f s (%s/s) to %s",
        capture.id(), size(bytes), seconds, size((long) (bytes / seconds)), target);
  }

  /** The capture's name made safe as a file name, e.g. {@code http-errors-10.30.1.5-1.pcap}. */
  private static String fileName(PacketCapture capture) {
    String name = capture.name() == null || capture.name().isBlank() ? "capture" : capture.name();
    return name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + capture.id() + ".pcap";
  }

  /** Bytes in KiB, MiB or GiB. */
  static String size(Long bytes) {
    if (bytes == null) {
      return "?";
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return Printer.format("%.1f %s", value, units[unit]);
  }
}
