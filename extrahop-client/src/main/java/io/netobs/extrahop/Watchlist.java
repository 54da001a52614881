package io.netobs.extrahop;

import io.netobs.extrahop.model.Device;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The device watchlist: devices kept in full analysis after the device limit is reached. Today's
 * firmware serves it at {@code /watchlist}; the older firmware at {@code /whitelist}. Each call
 * uses the path the connected firmware has ({@link ExtraHopClient#firmwareVersion()}: RevealX 360
 * and firmware after the 9.x line use {@code /watchlist}), asking the appliance for its firmware
 * once per client unless it is pinned.
 *
 * <pre>{@code
 * client.watchlist().add(101);
 * client.watchlist().update(List.of(102L, 103L), List.of(101L)).requireSuccess();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Watchlist {
  private final Assignments<Device> watchlist;
  private final Assignments<Device> whitelist;
  private final FirmwareForms forms;

  Watchlist(HttpCore core, FirmwareForms forms) {
    this.watchlist =
        Assignments.at(core, "/watchlist/devices", "/watchlist/device/{}", Device.class);
    this.whitelist =
        Assignments.at(core, "/whitelist/devices", "/whitelist/device/{}", Device.class);
    this.forms = Objects.requireNonNull(forms, "forms");
  }

  /**
   * The devices on the watchlist: {@code GET /watchlist/devices} (or {@code GET
   * /whitelist/devices}).
   */
  public List<Device> list() {
    return devices().list();
  }

  /**
   * Adds one device: {@code POST /watchlist/device/{id}} (or {@code POST /whitelist/device/{id}}).
   */
  public void add(long deviceId) {
    Checks.positiveId(deviceId, "deviceId");
    devices().assignOne(deviceId);
  }

  /**
   * Removes one device: {@code DELETE /watchlist/device/{id}} (or {@code DELETE
   * /whitelist/device/{id}}).
   */
  public void remove(long deviceId) {
    Checks.positiveId(deviceId, "deviceId");
    devices().unassignOne(deviceId);
  }

  /**
   * Adds and removes devices: {@code POST /watchlist/devices} (or {@code POST /whitelist/devices})
   * with {@code {"assign": [...], "unassign": [...]}}.
   */
  public AssignmentResult update(Collection<Long> add, Collection<Long> remove) {
    Assignments.check(add, remove, "add", "remove");
    return devices().update(add, remove, "add", "remove");
  }

  /** The assignments at the firmware's path; asks for the firmware when it is not yet known. */
  private Assignments<Device> devices() {
    return forms.currentForms() ? watchlist : whitelist;
  }

  /**
   * The path the watchlist is at for the connected firmware: {@code /watchlist} or {@code
   * /whitelist}.
   */
  public String path() {
    return forms.currentForms() ? "/watchlist" : "/whitelist";
  }

  @Override
  public String toString() {
    return "Watchlist[" + forms + "]";
  }
}
