package io.netobs.examples.extrahop;

import io.netobs.examples.Example;
import io.netobs.examples.ExampleFailedException;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Runner;
import io.netobs.extrahop.AssignmentResult;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceSearchType;
import io.netobs.extrahop.request.DeviceQuery;
import io.netobs.http.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tags every device of a subnet: finds or creates the tag by name, pages through the devices whose
 * IP address matches, assigns them in batches, and reads the tag's devices back to check that every
 * one was assigned.
 */
public final class TagSubnet {
  /** The tag the devices get. */
  public static final String TAG_NAME = "netobs-example-subnet";

  /**
   * Devices fetched per request, and ids sent per assignment request. Smaller than the SDK's
   * default of 1000 ids, so that each request stays short on a busy appliance.
   */
  static final int BATCH_SIZE = 100;

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.extraHop("Tag every device of a subnet", TagSubnet.class, TagSubnet::run);

  private TagSubnet() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args, "java -cp netobs-examples.jar " + TagSubnet.class.getName(), List.of(EXAMPLE));
  }

  /** Tags the devices whose IP address matches {@code --subnet}. */
  public static void run(ExtraHopClient client, Printer out, Options options) {
    String subnet = options.subnet();

    // Page through the devices of the subnet; each page is one request, made as the loop reaches
    // it.
    DeviceQuery inSubnet =
        DeviceQuery.builder()
            .searchType(DeviceSearchType.IP_ADDRESS)
            .value(subnet)
            .pageSize(BATCH_SIZE)
            .build();
    List<Long> deviceIds = new ArrayList<>();
    int pages = 0;
    for (Page<Device> page : client.devices().list(inSubnet).pages()) {
      pages++;
      page.items().forEach(device -> deviceIds.add(device.id()));
    }
    out.line(
        "Devices whose IP address matches %s: %,d (%s of up to %d)",
        subnet, deviceIds.size(), Printer.count(pages, "page", "pages"), BATCH_SIZE);
    if (deviceIds.isEmpty()) {
      out.line("Nothing to tag.");
      return;
    }
    if (!options.changesAllowed()) {
      out.wouldDo(
          "find or create the tag \"%s\" and assign these %,d devices to it",
          TAG_NAME, deviceIds.size());
      return;
    }

    long tagId = client.tags().findOrCreate(TAG_NAME);
    out.line("Tag \"%s\" has id %d", TAG_NAME, tagId);

    // The SDK splits the ids into requests of at most BATCH_SIZE; a 207 answer becomes an exception
    // here.
    AssignmentResult result =
        client.tags().devices(tagId).withBatchSize(BATCH_SIZE).assign(deviceIds).requireSuccess();
    out.line(
        "Assigned %,d devices in %d requests", result.requestedAssign().size(), result.calls());

    // Verify: read back the devices that carry the tag.
    Set<Long> tagged = new HashSet<>();
    client.tags().devices(tagId).list().forEach(device -> tagged.add(device.id()));
    List<Long> missing = deviceIds.stream().filter(id -> !tagged.contains(id)).toList();
    if (!missing.isEmpty()) {
      throw new ExampleFailedException(
          missing.size()
              + " devices do not carry the tag after the assignment, e.g. "
              + missing.get(0));
    }
    out.line(
        "Verified: all %,d devices carry the tag%s",
        deviceIds.size(),
        tagged.size() > deviceIds.size()
            ? Printer.format(" (%,d devices carry it in all)", tagged.size())
            : "");
  }
}
