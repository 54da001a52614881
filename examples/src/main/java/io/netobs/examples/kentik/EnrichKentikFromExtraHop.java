package io.netobs.examples.kentik;

import io.netobs.examples.Example;
import io.netobs.examples.ExampleFailedException;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Runner;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.request.DeviceSearch;
import io.netobs.http.WaitTimeoutException;
import io.netobs.kentik.BatchOperation;
import io.netobs.kentik.KentikClient;
import io.netobs.kentik.model.BatchStatus;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import io.netobs.kentik.request.CustomDimensionCreate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Enriches Kentik's flows with ExtraHop's inventory: every device ExtraHop knows with an IPv4
 * address and a role becomes a populator of the Kentik custom dimension {@value #DIMENSION} (value:
 * the device's role, match: its address), sent as one Batch API operation with {@code replace_all},
 * so the dimension holds exactly ExtraHop's view afterwards. Without {@code --apply} on a real
 * account it only says what it would send.
 */
public final class EnrichKentikFromExtraHop {
  /** The Kentik custom dimension filled with the devices' roles; created when missing. */
  public static final String DIMENSION = "c_extrahop_role";

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.extraHopToKentik(
          "Enrich Kentik flows with ExtraHop's device roles (a custom dimension, replace_all)",
          EnrichKentikFromExtraHop.class,
          EnrichKentikFromExtraHop::run);

  private EnrichKentikFromExtraHop() {}

  /** Runs this program on its own, against the real services or fakes (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args,
        "java -cp netobs-examples.jar " + EnrichKentikFromExtraHop.class.getName(),
        List.of(EXAMPLE));
  }

  /** Reads ExtraHop's devices and fills the Kentik dimension with their roles. */
  public static void run(
      ExtraHopClient extraHop, KentikClient kentik, Printer out, Options options) {
    // ExtraHop: every device with an IPv4 address and a role, by address (the last one seen wins).
    Map<String, String> roleByAddress = new TreeMap<>();
    for (Device device : extraHop.devices().search(DeviceSearch.builder().build())) {
      if (device.ipaddr4() != null && device.role() != null && !device.role().isBlank()) {
        roleByAddress.put(device.ipaddr4(), populatorValue(device.role()));
      }
    }
    Map<String, Integer> perRole = new TreeMap<>();
    roleByAddress.values().forEach(role -> perRole.merge(role, 1, Integer::sum));
    out.line(
        "ExtraHop: %,d devices with an address and a role, %,d roles",
        roleByAddress.size(), perRole.size());
    perRole.forEach((role, count) -> out.line("  %-20s %,d", role, count));

    if (!options.changesAllowed()) {
      roleByAddress.entrySet().stream()
          .limit(5)
          .forEach(e -> out.line("  would send %s -> %s", e.getKey(), e.getValue()));
      out.wouldDo(
          "replace every populator of %s with these %,d (Batch API, replace_all)",
          DIMENSION, roleByAddress.size());
      return;
    }

    boolean exists =
        kentik.customDimensions().list().stream().anyMatch(d -> DIMENSION.equals(d.name()));
    if (!exists) {
      kentik
          .customDimensions()
          .create(
              CustomDimensionCreate.builder()
                  .name(DIMENSION)
                  .type(DimensionType.STRING)
                  .displayName("ExtraHop role")
                  .build());
      out.line("Created the custom dimension %s", DIMENSION);
    }

    // Kentik: one batch operation; populators of addresses ExtraHop no longer knows are deleted.
    BatchOperation operation =
        kentik
            .batch()
            .populators(DIMENSION)
            .replaceAll(true)
            .upserts(
                roleByAddress.entrySet().stream()
                    .map(
                        e ->
                            BatchUpsert.builder()
                                .value(e.getValue())
                                .criteria(
                                    Criterion.builder()
                                        .direction(Direction.EITHER)
                                        .addr(e.getKey())
                                        .build())
                                .build()))
            .send();
    BatchStatus status;
    try {
      status = operation.awaitCompletion(Duration.ofMinutes(10));
    } catch (WaitTimeoutException e) {
      throw new ExampleFailedException(
          "batch " + operation.guid() + " was still being applied after 10 minutes");
    }
    out.line(
        "Kentik: %s now holds ExtraHop's roles of %,d addresses (batch %s, %,d upserts applied)",
        DIMENSION, roleByAddress.size(), status.guid(), status.upserts().applied());
  }

  /** A role as a populator value: letters, digits, spaces, dashes and underscores only. */
  private static String populatorValue(String role) {
    String value = role.strip().replaceAll("[^A-Za-z0-9 _-]", "_");
    return value.length() > 128 ? value.substring(0, 128) : value;
  }
}
