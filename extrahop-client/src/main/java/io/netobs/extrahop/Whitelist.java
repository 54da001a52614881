package io.netobs.extrahop;

import io.netobs.extrahop.model.Device;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.Collection;
import java.util.List;

/**
 * The device whitelist ({@code /whitelist}): devices kept in full analysis after the device limit
 * is reached. Adding and removing in bulk works like any assignment, {@link AssignmentResult}
 * included.
 */
public final class Whitelist {
  private final Assignments<Device> devices;

  Whitelist(HttpCore core) {
    this.devices = Assignments.at(core, "/whitelist/devices", "/whitelist/device/{}", Device.class);
  }

  /** The whitelisted devices: {@code GET /whitelist/devices}. */
  public List<Device> list() {
    return devices.list();
  }

  /** Adds one device: {@code POST /whitelist/device/{id}}. */
  public void add(long deviceId) {
    devices.assignOne(Checks.positiveId(deviceId, "deviceId"));
  }

  /** Removes one device: {@code DELETE /whitelist/device/{id}}. */
  public void remove(long deviceId) {
    devices.unassignOne(Checks.positiveId(deviceId, "deviceId"));
  }

  /**
   * Adds and removes devices: {@code POST /whitelist/devices} with {@code {"assign": [...],
   * "unassign": [...]}}.
   */
  public AssignmentResult update(Collection<Long> add, Collection<Long> remove) {
    return devices.update(add, remove, "add", "remove");
  }

  /** The whitelist as assignments, for batch sizes and the other assignment methods. */
  public Assignments<Device> devices() {
    return devices;
  }
}
