package io.netobs.examples.kentik;

import io.netobs.examples.Example;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Runner;
import io.netobs.examples.Table;
import io.netobs.kentik.KentikClient;
import io.netobs.kentik.model.AppliedLabels;
import io.netobs.kentik.model.DeviceLabel;
import io.netobs.kentik.model.KentikDevice;
import io.netobs.kentik.model.KentikSite;
import io.netobs.kentik.request.DeviceLabelCreate;
import io.netobs.kentik.request.KentikDeviceCreate;
import io.netobs.kentik.request.KentikSiteCreate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Onboards a router: finds or creates its site and a label, creates the device (unless one of its
 * name exists), and puts the label on it. Without {@code --apply} on a real account it only prints
 * the plan. The device counts against the plan of an existing device, if there is one.
 */
public final class OnboardDevice {
  /** The site's name. */
  public static final String SITE_NAME = "netobs-example-site";

  /** The label's name. */
  public static final String LABEL_NAME = "netobs-example";

  /** The device's name. */
  public static final String DEVICE_NAME = "netobs-example-edge";

  /** The address the router sends flows from, unless {@code --ip} gives one. */
  public static final String DEFAULT_SENDING_IP = "192.0.2.10";

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.kentik(
          "Onboard a device: its site, a label, the device with the label",
          OnboardDevice.class,
          OnboardDevice::run);

  private OnboardDevice() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args, "java -cp netobs-examples.jar " + OnboardDevice.class.getName(), List.of(EXAMPLE));
  }

  /** Finds or creates the site, the label and the device, then labels the device. */
  public static void run(KentikClient kentik, Printer out, Options options) {
    String sendingIp = options.ip().orElse(DEFAULT_SENDING_IP);
    Optional<KentikSite> site =
        kentik.sites().list().stream().filter(s -> SITE_NAME.equals(s.siteName())).findFirst();
    Optional<DeviceLabel> label =
        kentik.deviceLabels().list().stream().filter(l -> LABEL_NAME.equals(l.name())).findFirst();
    List<KentikDevice> devices = kentik.devices().list();
    Optional<KentikDevice> existing =
        devices.stream().filter(d -> DEVICE_NAME.equals(d.deviceName())).findFirst();
    Optional<Long> plan =
        devices.stream().filter(d -> d.plan() != null).map(d -> d.plan().id()).findFirst();

    if (!options.changesAllowed()) {
      out.line(
          "Sites: %,d; device labels: %,d; devices: %,d",
          kentik.sites().list().size(), kentik.deviceLabels().list().size(), devices.size());
      out.wouldDo(
          "%s the site %s, %s the label %s, %s the router %s (sending from %s) and label it",
          site.isPresent() ? "use" : "create",
          SITE_NAME,
          label.isPresent() ? "use" : "create",
          LABEL_NAME,
          existing.isPresent() ? "use" : "create",
          DEVICE_NAME,
          sendingIp);
      return;
    }

    KentikSite theSite =
        site.orElseGet(
            () -> kentik.sites().create(KentikSiteCreate.builder().siteName(SITE_NAME).build()));
    out.line("Site %s (id %d)", theSite.siteName(), theSite.id());
    DeviceLabel theLabel =
        label.orElseGet(
            () ->
                kentik
                    .deviceLabels()
                    .create(DeviceLabelCreate.builder().name(LABEL_NAME).color("#2E86C1").build()));
    out.line("Label %s (id %d, %s)", theLabel.name(), theLabel.id(), theLabel.color());
    KentikDevice device =
        existing.orElseGet(
            () -> {
              KentikDeviceCreate.Builder router =
                  KentikDeviceCreate.builder()
                      .deviceName(DEVICE_NAME)
                      .deviceType("router")
                      .deviceSubtype("router")
                      .deviceDescription("Onboarded by the netobs-java examples")
                      .deviceSampleRate(100)
                      .siteId(theSite.id())
                      .sendingIps(sendingIp)
                      .minimizeSnmp(false);
              plan.ifPresent(router::planId);
              return kentik.devices().create(router.build());
            });
    out.line(
        "%s device %s (id %d) at site %d",
        existing.isPresent() ? "Found" : "Created", device.deviceName(), device.id(), theSite.id());

    // The label set is replaced as a whole: keep the labels the device already carries.
    long[] labelIds =
        Stream.concat(device.labels().stream().map(DeviceLabel::id), Stream.of(theLabel.id()))
            .distinct()
            .mapToLong(Long::longValue)
            .toArray();
    AppliedLabels applied = kentik.devices().setLabels(device.id(), labelIds);
    Table table = out.table("device", "site", "labels");
    table.row(
        applied.deviceName(),
        theSite.siteName(),
        applied.labels().stream().map(DeviceLabel::name).collect(Collectors.joining(", ")));
    table.print();
  }
}
