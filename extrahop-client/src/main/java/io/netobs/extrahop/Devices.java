package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Activity;
import io.netobs.extrahop.model.Alert;
import io.netobs.extrahop.model.CustomPage;
import io.netobs.extrahop.model.Dashboard;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceDnsName;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.DeviceIpAddress;
import io.netobs.extrahop.model.FlexGrid;
import io.netobs.extrahop.model.ObservedSoftware;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.model.Trigger;
import io.netobs.extrahop.request.DeviceQuery;
import io.netobs.extrahop.request.DeviceSearch;
import io.netobs.extrahop.request.DeviceUpdate;
import io.netobs.http.PagedIterable;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Devices ({@code /devices}): listing and search, fetched lazily page by page, updates, activity,
 * and the objects assigned to a device.
 *
 * <pre>{@code
 * for (Device d : client.devices().list(DeviceQuery.builder().searchType(DeviceSearchType.IP_ADDRESS).value("10.20.0.[0-9]+").build())) {
 *   ...
 * }
 * }</pre>
 */
public final class Devices {
  private final HttpCore core;
  private final Crud<Device> crud;

  /** The firmware's forms, or null when search is sent whatever the firmware. */
  private final FirmwareForms forms;

  Devices(HttpCore core) {
    this(core, null);
  }

  Devices(HttpCore core, FirmwareForms forms) {
    this.core = core;
    this.crud = new Crud<>(core, "/devices", Device.class);
    this.forms = forms;
  }

  /** Every device, fetched lazily 100 at a time: {@code GET /devices?limit=..&offset=..}. */
  public PagedIterable<Device> list() {
    return list(DeviceQuery.builder().build());
  }

  /**
   * The devices matching {@code query}, fetched lazily, one request of {@code query.pageSize()}
   * devices each time iteration needs more: {@code GET
   * /devices?search_type=..&value=..&active_from=..&active_until=..&limit=..&offset=..}. Nothing is
   * sent until iteration starts.
   */
  public PagedIterable<Device> list(DeviceQuery query) {
    Checks.notNull(query, "query");
    Map<String, Object> params = new LinkedHashMap<>();
    if (query.searchType() != null) {
      params.put("search_type", query.searchType().value());
      params.put("value", query.value());
    }
    params.put("active_from", query.activeFrom() == null ? null : query.activeFrom().queryValue());
    params.put(
        "active_until", query.activeUntil() == null ? null : query.activeUntil().queryValue());
    return crud.paged(query.offset(), query.pageSize(), params);
  }

  /**
   * The devices matching a filter (newer firmware), fetched lazily page by page: {@code POST
   * /devices/search} with {@code {filter, active_from, active_until, limit, offset}}.
   *
   * <p>Firmware older than 9.3 may lack it: when the client knows its firmware is older, a page
   * fails with {@link UnsupportedFirmwareException} before anything is sent; otherwise the
   * appliance's 404 becomes one (use {@link #list(DeviceQuery)} there).
   */
  public PagedIterable<Device> search(DeviceSearch search) {
    Checks.notNull(search, "search");
    return core.byOffset(
        search.offset(), search.pageSize(), (offset, limit) -> searchPage(search, offset, limit));
  }

  private List<Device> searchPage(DeviceSearch search, long offset, int limit) {
    Supplier<List<Device>> call =
        () ->
            core.json(
                ApiRequest.post("/devices/search")
                    .json(search.toBody(offset, limit))
                    .idempotent(true)
                    .build(),
                Json.listOf(Device.class));
    return forms == null
        ? call.get()
        : forms.searchEra("POST /devices/search", "list devices with GET /devices", call);
  }

  /** One device: {@code GET /devices/{id}}. */
  public Device get(long id) {
    return crud.get(id);
  }

  /** Changes the fields set in {@code update}: {@code PATCH /devices/{id}}. */
  public void update(long id, DeviceUpdate update) {
    crud.update(id, update);
  }

  /** The activity of a device: {@code GET /devices/{id}/activity}. */
  public List<Activity> activity(long id) {
    return Crud.listAt(core, Activity.class, "/devices/{}/activity", Crud.id(id));
  }

  /** The DNS names observed for a device: {@code GET /devices/{id}/dnsnames}. */
  public List<DeviceDnsName> dnsNames(long id) {
    return dnsNames(id, null, null);
  }

  /**
   * The DNS names observed for a device in a window: {@code GET
   * /devices/{id}/dnsnames?from=..&until=..}; a null bound is left out.
   */
  public List<DeviceDnsName> dnsNames(
      long id, @Nullable ExtraHopTime from, @Nullable ExtraHopTime until) {
    return observed(DeviceDnsName.class, "/devices/{}/dnsnames", id, from, until);
  }

  /** The IP addresses observed for a device: {@code GET /devices/{id}/ipaddrs}. */
  public List<DeviceIpAddress> ipAddresses(long id) {
    return ipAddresses(id, null, null);
  }

  /**
   * The IP addresses observed for a device in a window: {@code GET
   * /devices/{id}/ipaddrs?from=..&until=..}; a null bound is left out.
   */
  public List<DeviceIpAddress> ipAddresses(
      long id, @Nullable ExtraHopTime from, @Nullable ExtraHopTime until) {
    return observed(DeviceIpAddress.class, "/devices/{}/ipaddrs", id, from, until);
  }

  /** The software observed on a device: {@code GET /devices/{id}/software}. */
  public List<ObservedSoftware> software(long id) {
    return software(id, null, null);
  }

  /**
   * The software observed on a device in a window: {@code GET
   * /devices/{id}/software?from=..&until=..}; a null bound is left out.
   */
  public List<ObservedSoftware> software(
      long id, @Nullable ExtraHopTime from, @Nullable ExtraHopTime until) {
    return observed(ObservedSoftware.class, "/devices/{}/software", id, from, until);
  }

  private <T> List<T> observed(
      Class<T> type, String path, long id, ExtraHopTime from, ExtraHopTime until) {
    return core.json(
        ApiRequest.get(path, Crud.id(id))
            .query("from", from == null ? null : from.queryValue())
            .query("until", until == null ? null : until.queryValue())
            .build(),
        Json.listOf(type));
  }

  /** The dashboards related to a device: {@code GET /devices/{id}/dashboards}. */
  public List<Dashboard> dashboards(long id) {
    return Crud.listAt(core, Dashboard.class, "/devices/{}/dashboards", Crud.id(id));
  }

  /** The alerts assigned to a device: {@code /devices/{id}/alerts}. */
  public Assignments<Alert> alerts(long id) {
    return Assignments.of(core, "devices", id, "alerts", Alert.class);
  }

  /** The device groups a device is assigned to: {@code /devices/{id}/devicegroups}. */
  public Assignments<DeviceGroup> deviceGroups(long id) {
    return Assignments.of(core, "devices", id, "devicegroups", DeviceGroup.class);
  }

  /** The flex grids assigned to a device: {@code /devices/{id}/flexgrids}. */
  public Assignments<FlexGrid> flexGrids(long id) {
    return Assignments.of(core, "devices", id, "flexgrids", FlexGrid.class);
  }

  /** The pages assigned to a device: {@code /devices/{id}/pages}. */
  public Assignments<CustomPage> pages(long id) {
    return Assignments.of(core, "devices", id, "pages", CustomPage.class);
  }

  /** The tags of a device: {@code /devices/{id}/tags}. */
  public Assignments<Tag> tags(long id) {
    return Assignments.of(core, "devices", id, "tags", Tag.class);
  }

  /** The triggers assigned to a device: {@code /devices/{id}/triggers}. */
  public Assignments<Trigger> triggers(long id) {
    return Assignments.of(core, "devices", id, "triggers", Trigger.class);
  }
}
