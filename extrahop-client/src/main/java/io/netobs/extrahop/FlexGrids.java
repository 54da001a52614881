package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Application;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.extrahop.model.FlexGrid;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** Flex grids ({@code /flexgrids}) and the objects they are assigned to. */
public final class FlexGrids {
  private final HttpCore core;
  private final Crud<FlexGrid> crud;

  FlexGrids(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/flexgrids", FlexGrid.class);
  }

  /** Every flex grid: {@code GET /flexgrids}. */
  public List<FlexGrid> list() {
    return crud.list();
  }

  /** The applications a flex grid is assigned to: {@code /flexgrids/{id}/applications}. */
  public Assignments<Application> applications(long id) {
    return Assignments.of(core, "flexgrids", id, "applications", Application.class);
  }

  /** The device groups a flex grid is assigned to: {@code /flexgrids/{id}/devicegroups}. */
  public Assignments<DeviceGroup> deviceGroups(long id) {
    return Assignments.of(core, "flexgrids", id, "devicegroups", DeviceGroup.class);
  }

  /** The devices a flex grid is assigned to: {@code /flexgrids/{id}/devices}. */
  public Assignments<Device> devices(long id) {
    return Assignments.of(core, "flexgrids", id, "devices", Device.class);
  }
}
