package io.netobs.examples.extrahop;

import io.netobs.examples.Example;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Runner;
import io.netobs.examples.Table;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.model.Cycle;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceSearchType;
import io.netobs.extrahop.model.MetricResponse;
import io.netobs.extrahop.model.MetricStat;
import io.netobs.extrahop.model.ObjectType;
import io.netobs.extrahop.request.DeviceQuery;
import io.netobs.extrahop.request.MetricQuery;
import io.netobs.extrahop.request.MetricSpec;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Queries the HTTP server metrics of one device over the last 30 minutes and prints them as a table
 * of five-minute intervals: requests, responses, errors, and the median and 95th percentile of the
 * server's processing time.
 */
public final class DeviceHttpMetrics {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.extraHop(
          "HTTP metrics of a device, last 30 minutes",
          DeviceHttpMetrics.class,
          DeviceHttpMetrics::run);

  private DeviceHttpMetrics() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args,
        "java -cp netobs-examples.jar " + DeviceHttpMetrics.class.getName(),
        List.of(EXAMPLE));
  }

  /** Prints the table for {@code --device}, or for the first device seen serving HTTP. */
  public static void run(ExtraHopClient client, Printer out, Options options) {
    Optional<Device> device =
        options.deviceId().isPresent()
            ? Optional.of(client.devices().get(options.deviceId().getAsLong()))
            : client
                .devices()
                .list(
                    DeviceQuery.builder()
                        .searchType(DeviceSearchType.ACTIVITY)
                        .value("http_server")
                        .pageSize(1)
                        .build())
                .stream()
                .findFirst();
    if (device.isEmpty()) {
      out.line("No device has HTTP server activity; pass --device ID to choose one.");
      return;
    }
    Device server = device.get();
    out.line("Device %d: %s (%s)", server.id(), server.displayName(), server.ipaddr4());

    MetricQuery query =
        MetricQuery.builder()
            .cycle(Cycle.FIVE_MIN)
            .from(ExtraHopTime.ago(Duration.ofMinutes(30)))
            .category("http_server")
            .metric(
                MetricSpec.builder().name("req").build(),
                MetricSpec.builder().name("rsp").build(),
                MetricSpec.builder().name("rsp_error").build(),
                MetricSpec.builder().name("tprocess").percentiles(50, 95).build())
            .objectType(ObjectType.DEVICE)
            .objectIds(server.id())
            .build();
    MetricResponse response = client.metrics().query(query);

    Table table = out.table("time (UTC)", "requests", "responses", "errors", "p50 ms", "p95 ms");
    for (MetricStat stat : response.statsFor(server.id())) {
      List<Object> processingTime = stat.listAt(3);
      table.row(
          TIME.format(stat.time()),
          stat.numberAt(0),
          stat.numberAt(1),
          stat.numberAt(2),
          percentile(processingTime, 0),
          percentile(processingTime, 1));
    }
    table.print();
  }

  /** One of the percentiles asked for, or NaN when the appliance had no value. */
  private static double percentile(List<Object> percentiles, int index) {
    return index < percentiles.size() && percentiles.get(index) instanceof Number n
        ? n.doubleValue()
        : Double.NaN;
  }
}
