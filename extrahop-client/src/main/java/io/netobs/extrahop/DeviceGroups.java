package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Alert;
import io.netobs.extrahop.model.CustomPage;
import io.netobs.extrahop.model.Dashboard;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.FlexGrid;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.model.Trigger;
import io.netobs.extrahop.request.DeviceGroupCreate;
import io.netobs.extrahop.request.DeviceGroupQuery;
import io.netobs.extrahop.request.DeviceGroupUpdate;
import io.netobs.http.PagedIterable;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Device groups ({@code /devicegroups}), static or dynamic, and the objects assigned to them. */
public final class DeviceGroups {
  private final HttpCore core;
  private final Crud<DeviceGroup> crud;

  DeviceGroups(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/devicegroups", DeviceGroup.class);
  }

  /** Every device group: {@code GET /devicegroups}. */
  public List<DeviceGroup> list() {
    return crud.list();
  }

  /**
   * The device groups matching {@code query}: {@code GET /devicegroups?since=..&name=..&type=..},
   * the parameters not set left out.
   */
  public List<DeviceGroup> list(DeviceGroupQuery query) {
    Checks.notNull(query, "query");
    return crud.list(query.toQuery());
  }

  /** One device group: {@code GET /devicegroups/{id}}. */
  public DeviceGroup get(long id) {
    return crud.get(id);
  }

  /** Creates a device group: {@code POST /devicegroups}; returns its id (from {@code Location}). */
  public long create(DeviceGroupCreate group) {
    return crud.create(group, "group");
  }

  /** Changes the fields set in {@code update}: {@code PATCH /devicegroups/{id}}. */
  public void update(long id, DeviceGroupUpdate update) {
    crud.update(id, update);
  }

  /** Deletes a device group: {@code DELETE /devicegroups/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }

  /** The dashboards related to a device group: {@code GET /devicegroups/{id}/dashboards}. */
  public List<Dashboard> dashboards(long id) {
    return Crud.listAt(core, Dashboard.class, "/devicegroups/{}/dashboards", Crud.id(id));
  }

  /**
   * The devices of a static group, to list, assign and unassign: {@code
   * /devicegroups/{id}/devices}. For the members of a large or dynamic group active in a window,
   * page with {@link #activeDevices(long, ExtraHopTime, ExtraHopTime, int)}.
   */
  public Assignments<Device> devices(long id) {
    return Assignments.of(core, "devicegroups", id, "devices", Device.class);
  }

  /**
   * The devices of a group active in a time window, fetched lazily {@code pageSize} at a time:
   * {@code GET /devicegroups/{id}/devices?active_from=..&active_until=..&limit=..&offset=..}.
   *
   * @param activeFrom the start of the window, or null for the appliance's default
   * @param activeUntil the end of the window, or null for now
   */
  public PagedIterable<Device> activeDevices(
      long id,
      @Nullable ExtraHopTime activeFrom,
      @Nullable ExtraHopTime activeUntil,
      int pageSize) {
    Crud.id(id);
    Checks.atLeast(pageSize, 1, "pageSize");
    return core.byOffset(
        0,
        pageSize,
        (offset, limit) ->
            core.json(
                ApiRequest.get("/devicegroups/{}/devices", id)
                    .query("active_from", activeFrom == null ? null : activeFrom.queryValue())
                    .query("active_until", activeUntil == null ? null : activeUntil.queryValue())
                    .query("limit", limit)
                    .query("offset", offset)
                    .build(),
                Json.listOf(Device.class)));
  }

  /** The alerts assigned to a device group: {@code /devicegroups/{id}/alerts}. */
  public Assignments<Alert> alerts(long id) {
    return Assignments.of(core, "devicegroups", id, "alerts", Alert.class);
  }

  /** The flex grids assigned to a device group: {@code /devicegroups/{id}/flexgrids}. */
  public Assignments<FlexGrid> flexGrids(long id) {
    return Assignments.of(core, "devicegroups", id, "flexgrids", FlexGrid.class);
  }

  /** The pages assigned to a device group: {@code /devicegroups/{id}/pages}. */
  public Assignments<CustomPage> pages(long id) {
    return Assignments.of(core, "devicegroups", id, "pages", CustomPage.class);
  }

  /** The tags of a device group: {@code /devicegroups/{id}/tags}. */
  public Assignments<Tag> tags(long id) {
    return Assignments.of(core, "devicegroups", id, "tags", Tag.class);
  }

  /** The triggers assigned to a device group: {@code /devicegroups/{id}/triggers}. */
  public Assignments<Trigger> triggers(long id) {
    return Assignments.of(core, "devicegroups", id, "triggers", Trigger.class);
  }
}
