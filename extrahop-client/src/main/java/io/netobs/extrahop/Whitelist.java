package io.netobs.extrahop;

import io.netobs.extrahop.model.Device;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The device whitelist ({@code /whitelist}): devices kept in full analysis after the device limit
 * is reached. Adding and removing in bulk works like any assignment, {@link AssignmentResult}
 * included.
 *
 * <p>This is the older firmware's path; today's firmware names it the watchlist. {@link
 * ExtraHopClient#watchlist()} uses whichever path the firmware has. Here, on RevealX 360 and on
 * firmware after the 9.x line, each call fails with {@link UnsupportedFirmwareException}: before
 * sending when the client knows the firmware, otherwise in place of the appliance's 404.
 */
public final class Whitelist {
  private static final String INSTEAD = "use the watchlist (client.watchlist())";

  private final Assignments<Device> devices;

  /** The firmware's forms, or null when every call is sent whatever the firmware. */
  private final FirmwareForms forms;

  Whitelist(HttpCore core) {
    this(core, null);
  }

  Whitelist(HttpCore core, FirmwareForms forms) {
    this.devices = Assignments.at(core, "/whitelist/devices", "/whitelist/device/{}", Device.class);
    this.forms = forms;
  }

  private <T> T gated(String operation, Supplier<T> call) {
    return forms == null ? call.get() : forms.guideOnly(operation, INSTEAD, call);
  }

  /** The whitelisted devices: {@code GET /whitelist/devices}. */
  public List<Device> list() {
    return gated("GET /whitelist/devices", devices::list);
  }

  /** Adds one device: {@code POST /whitelist/device/{id}}. */
  public void add(long deviceId) {
    Checks.positiveId(deviceId, "deviceId");
    gated(
        "POST /whitelist/device/{id}",
        () -> {
          devices.assignOne(deviceId);
          return null;
        });
  }

  /** Removes one device: {@code DELETE /whitelist/device/{id}}. */
  public void remove(long deviceId) {
    Checks.positiveId(deviceId, "deviceId");
    gated(
        "DELETE /whitelist/device/{id}",
        () -> {
          devices.unassignOne(deviceId);
          return null;
        });
  }

  /**
   * Adds and removes devices: {@code POST /whitelist/devices} with {@code {"assign": [...],
   * "unassign": [...]}}.
   */
  public AssignmentResult update(Collection<Long> add, Collection<Long> remove) {
    Checks.notNull(add, "add");
    Checks.notNull(remove, "remove");
    return gated("POST /whitelist/devices", () -> devices.update(add, remove, "add", "remove"));
  }

  /** The whitelist as assignments, for batch sizes and the other assignment methods. */
  public Assignments<Device> devices() {
    return devices;
  }
}
