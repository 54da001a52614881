package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.ActivityGroup;
import io.netobs.extrahop.model.Dashboard;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** Activity groups: devices the appliance groups by their traffic ({@code /activitygroups}). */
public final class ActivityGroups {
  private final HttpCore core;
  private final Crud<ActivityGroup> crud;

  ActivityGroups(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/activitygroups", ActivityGroup.class);
  }

  /** Every activity group: {@code GET /activitygroups}. */
  public List<ActivityGroup> list() {
    return crud.list();
  }

  /** The dashboards related to an activity group: {@code GET /activitygroups/{id}/dashboards}. */
  public List<Dashboard> dashboards(long id) {
    return Crud.listAt(core, Dashboard.class, "/activitygroups/{}/dashboards", Crud.id(id));
  }
}
