package io.netobs.examples.extrahop;

import io.netobs.examples.Example;
import io.netobs.examples.ExampleFailedException;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Runner;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.Alert;
import io.netobs.extrahop.model.AlertOperator;
import io.netobs.extrahop.model.AlertSeverity;
import io.netobs.extrahop.model.AlertType;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.FilterOperator;
import io.netobs.extrahop.request.AlertCreate;
import io.netobs.extrahop.request.DeviceFilter;
import io.netobs.extrahop.request.DeviceGroupCreate;
import io.netobs.extrahop.request.DeviceSearch;
import java.util.List;
import java.util.Optional;

/**
 * Creates a dynamic device group whose members a filter chooses (the web servers of one subnet), a
 * threshold alert on HTTP server errors, and assigns the alert to the group. Objects that already
 * exist under these names are reused, so the program can run again.
 */
public final class DeviceGroupAlert {
  /** The device group's name. */
  public static final String GROUP_NAME = "netobs-example web servers";

  /** The alert's name. */
  public static final String ALERT_NAME = "netobs-example HTTP server errors";

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.extraHop(
          "Dynamic device group with a threshold alert",
          DeviceGroupAlert.class,
          DeviceGroupAlert::run);

  private DeviceGroupAlert() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args, "java -cp netobs-examples.jar " + DeviceGroupAlert.class.getName(), List.of(EXAMPLE));
  }

  /** Creates (or finds) the group and the alert, and assigns one to the other. */
  public static void run(ExtraHopClient client, Printer out, Options options) {
    DeviceFilter webServers =
        DeviceFilter.builder()
            .and(
                DeviceFilter.builder()
                    .field("role")
                    .operator(FilterOperator.EQUALS)
                    .operand("http_server")
                    .build(),
                DeviceFilter.builder()
                    .field("ipaddr")
                    .operator(FilterOperator.EQUALS)
                    .operand("10.30.1.0/24")
                    .build())
            .build();
    long members =
        client.devices().search(DeviceSearch.builder().filter(webServers).build()).stream().count();
    out.line(
        "Devices the group's filter matches today: %,d (HTTP servers in 10.30.1.0/24)", members);

    if (!options.changesAllowed()) {
      out.wouldDo(
          "create the dynamic device group \"%s\" and the alert \"%s\", and assign the alert to the group",
          GROUP_NAME, ALERT_NAME);
      return;
    }

    Optional<DeviceGroup> existingGroup =
        client.deviceGroups().list().stream()
            .filter(group -> GROUP_NAME.equals(group.name()))
            .findFirst();
    long groupId =
        existingGroup.isPresent()
            ? existingGroup.get().id()
            : client
                .deviceGroups()
                .create(
                    DeviceGroupCreate.builder()
                        .name(GROUP_NAME)
                        .description("Web servers of 10.30.1.0/24, chosen by a filter")
                        .dynamic(true)
                        .filter(webServers.toMap())
                        .build());
    out.line(
        "Device group \"%s\": id %d (%s)",
        GROUP_NAME, groupId, existingGroup.isPresent() ? "already there" : "created");

    Optional<Alert> existingAlert =
        client.alerts().list().stream()
            .filter(alert -> ALERT_NAME.equals(alert.name()))
            .findFirst();
    long alertId =
        existingAlert.isPresent()
            ? existingAlert.get().id()
            : client
                .alerts()
                .create(
                    AlertCreate.builder()
                        .name(ALERT_NAME)
                        .type(AlertType.THRESHOLD)
                        .applyAll(false)
                        .description("More than 100 HTTP server errors in five minutes")
                        .statName("extrahop.device.http_server")
                        .fieldName("rsp_error")
                        .operator(AlertOperator.GREATER)
                        .operand(100)
                        .units("period")
                        .intervalLength(300)
                        .refireInterval(3600)
                        .severity(AlertSeverity.WARNING)
                        .build());
    out.line(
        "Alert \"%s\": id %d (%s)",
        ALERT_NAME, alertId, existingAlert.isPresent() ? "already there" : "created");

    client.deviceGroups().alerts(groupId).assign(alertId).requireSuccess();
    boolean assigned =
        client.deviceGroups().alerts(groupId).list().stream()
            .anyMatch(alert -> alert.id() == alertId);
    if (!assigned) {
      throw new ExampleFailedException(
          "alert "
              + alertId
              + " is not among the alerts of device group "
              + groupId
              + " after the assignment");
    }
    out.line("Assigned: the group's alerts now include alert %d", alertId);
  }
}
