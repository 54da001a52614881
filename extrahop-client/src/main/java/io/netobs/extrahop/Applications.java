package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Activity;
import io.netobs.extrahop.model.Alert;
import io.netobs.extrahop.model.Application;
import io.netobs.extrahop.model.CustomPage;
import io.netobs.extrahop.model.Dashboard;
import io.netobs.extrahop.model.FlexGrid;
import io.netobs.extrahop.model.Geomap;
import io.netobs.extrahop.request.ApplicationCreate;
import io.netobs.extrahop.request.ApplicationUpdate;
import io.netobs.http.PagedIterable;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Applications ({@code /applications}) and the objects assigned to them. */
public final class Applications {
  private final HttpCore core;
  private final Crud<Application> crud;

  Applications(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/applications", Application.class);
  }

  /** Every application, fetched lazily 100 at a time: {@code GET /applications}. */
  public PagedIterable<Application> list() {
    return list(null, null, 100);
  }

  /**
   * The applications active in a time window, fetched lazily {@code pageSize} at a time: {@code GET
   * /applications?active_from=..&active_until=..&limit=..&offset=..}.
   *
   * @param activeFrom the start of the window, or null for the appliance's default
   * @param activeUntil the end of the window, or null for now
   */
  public PagedIterable<Application> list(
      @Nullable ExtraHopTime activeFrom, @Nullable ExtraHopTime activeUntil, int pageSize) {
    Checks.atLeast(pageSize, 1, "pageSize");
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("active_from", activeFrom == null ? null : activeFrom.queryValue());
    query.put("active_until", activeUntil == null ? null : activeUntil.queryValue());
    return crud.paged(0, pageSize, query);
  }

  /** One application: {@code GET /applications/{id}}. */
  public Application get(long id) {
    return crud.get(id);
  }

  /**
   * One application, with its criteria when {@code includeCriteria}: {@code GET
   * /applications/{id}?include_criteria=..}.
   */
  public Application get(long id, boolean includeCriteria) {
    return core.json(
        ApiRequest.get("/applications/{}", Crud.id(id))
            .query("include_criteria", includeCriteria)
            .build(),
        Application.class);
  }

  /** Creates an application: {@code POST /applications}; returns its id. */
  public long create(ApplicationCreate application) {
    return crud.create(application, "application");
  }

  /** Changes the fields set in {@code update}: {@code PATCH /applications/{id}}. */
  public void update(long id, ApplicationUpdate update) {
    crud.update(id, update);
  }

  /** The activity of an application: {@code GET /applications/{id}/activity}. */
  public List<Activity> activity(long id) {
    return Crud.listAt(core, Activity.class, "/applications/{}/activity", Crud.id(id));
  }

  /** The dashboards related to an application: {@code GET /applications/{id}/dashboards}. */
  public List<Dashboard> dashboards(long id) {
    return Crud.listAt(core, Dashboard.class, "/applications/{}/dashboards", Crud.id(id));
  }

  /** The alerts assigned to an application: {@code /applications/{id}/alerts}. */
  public Assignments<Alert> alerts(long id) {
    return Assignments.of(core, "applications", id, "alerts", Alert.class);
  }

  /** The flex grids assigned to an application: {@code /applications/{id}/flexgrids}. */
  public Assignments<FlexGrid> flexGrids(long id) {
    return Assignments.of(core, "applications", id, "flexgrids", FlexGrid.class);
  }

  /** The geomaps assigned to an application: {@code /applications/{id}/geomaps}. */
  public Assignments<Geomap> geomaps(long id) {
    return Assignments.of(core, "applications", id, "geomaps", Geomap.class);
  }

  /** The pages assigned to an application: {@code /applications/{id}/pages}. */
  public Assignments<CustomPage> pages(long id) {
    return Assignments.of(core, "applications", id, "pages", CustomPage.class);
  }
}
