package io.netobs.examples.extrahop;

import io.netobs.examples.Example;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Progress;
import io.netobs.examples.Runner;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.model.PacketSearchResult;
import io.netobs.extrahop.request.PacketSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Downloads the packets of the last 15 minutes (only those to or from {@code --ip}, when given) to
 * a PCAP file, with a progress line, through packet search ({@code POST /packets/search}): today's
 * firmware has no stored packet captures to list. The SDK streams the bytes to a temporary file and
 * moves it into place only when the download is complete, so a failed download leaves no partial
 * capture behind; when no packet matched, the appliance says so and no file is written.
 */
public final class DownloadPacketCapture {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /** The most bytes asked for: enough to see the traffic, small enough to download quickly. */
  static final long LIMIT_BYTES = 4L * 1024 * 1024;

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.extraHop(
          "Download the packets of the last 15 minutes to a file",
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

  /** Searches the packets and downloads them into {@code --out}. */
  public static void run(ExtraHopClient client, Printer out, Options options) throws IOException {
    PacketSearch.Builder search =
        PacketSearch.builder()
            .from(ExtraHopTime.ago(Duration.ofMinutes(15)))
            .limitBytes(LIMIT_BYTES)
            .limitSearchDuration(Duration.ofMinutes(1));
    options.ip().ifPresent(search::ip1);
    String who = options.ip().map(ip -> "to or from " + ip).orElse("of every host");
    Files.createDirectories(options.outDir());
    Path target =
        options
            .outDir()
            .resolve(
                "packets-"
                    + options.ip().orElse("all").replaceAll("[^A-Za-z0-9._-]", "_")
                    + "-"
                    + STAMP.format(Instant.now())
                    + ".pcap");
    out.line(
        "Searching the packets %s of the last 15 minutes (at most %s)", who, size(LIMIT_BYTES));

    Progress progress = out.progress();
    long start = System.nanoTime();
    PacketSearchResult result =
        client
            .packets()
            .search(
                search.build(),
                target,
                (soFar, total) ->
                    progress.tick(
                        "Downloading packets: %s",
                        total.isPresent()
                            ? size(soFar)
                                + " of "
                                + size(total.getAsLong())
                                + " ("
                                + 100 * soFar / Math.max(1, total.getAsLong())
                                + "%)"
                            : size(soFar)));
    if (!result.matched()) {
      progress.done("No packets matched: no file was written.");
      return;
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    progress.done(
        "Downloaded packets: %s in %.1f s (%s/s) to %s",
        size(result.bytes()), seconds, size((long) (result.bytes() / seconds)), target);
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
