package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.CustomDevice;
import io.netobs.extrahop.model.CustomDeviceCriterion;
import io.netobs.extrahop.request.CustomDeviceCreate;
import io.netobs.extrahop.request.CustomDeviceCriterionCreate;
import io.netobs.extrahop.request.CustomDeviceUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.List;
import java.util.Map;

/** Custom devices ({@code /customdevices}) and their criteria. */
public final class CustomDevices {
  private final HttpCore core;
  private final Crud<CustomDevice> crud;

  CustomDevices(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/customdevices", CustomDevice.class);
  }

  /** Every custom device: {@code GET /customdevices}. */
  public List<CustomDevice> list() {
    return crud.list();
  }

  /**
   * Every custom device, with its criteria when {@code includeCriteria}: {@code GET
   * /customdevices?include_criteria=..}.
   */
  public List<CustomDevice> list(boolean includeCriteria) {
    return crud.list(Map.of("include_criteria", includeCriteria));
  }

  /** One custom device: {@code GET /customdevices/{id}}. */
  public CustomDevice get(long id) {
    return crud.get(id);
  }

  /**
   * One custom device, with its criteria when {@code includeCriteria}: {@code GET
   * /customdevices/{id}?include_criteria=..}.
   */
  public CustomDevice get(long id, boolean includeCriteria) {
    return core.json(
        ApiRequest.get("/customdevices/{}", Crud.id(id))
            .query("include_criteria", includeCriteria)
            .build(),
        CustomDevice.class);
  }

  /** Creates a custom device: {@code POST /customdevices}; returns its id. */
  public long create(CustomDeviceCreate device) {
    return crud.create(device, "device");
  }

  /** Changes the fields set in {@code update}: {@code PATCH /customdevices/{id}}. */
  public void update(long id, CustomDeviceUpdate update) {
    crud.update(id, update);
  }

  /** Deletes a custom device: {@code DELETE /customdevices/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }

  /** The criteria of a custom device: {@code GET /customdevices/{id}/criteria}. */
  public List<CustomDeviceCriterion> criteria(long id) {
    return Crud.listAt(
        core, CustomDeviceCriterion.class, "/customdevices/{}/criteria", Crud.id(id));
  }

  /** One criterion: {@code GET /customdevices/{id}/criteria/{childId}}. */
  public CustomDeviceCriterion criterion(long id, long criterionId) {
    return Crud.getAt(
        core,
        CustomDeviceCriterion.class,
        "/customdevices/{}/criteria/{}",
        Crud.id(id),
        Checks.positiveId(criterionId, "criterionId"));
  }

  /** Adds a criterion: {@code POST /customdevices/{id}/criteria}; returns its id. */
  public long addCriterion(long id, CustomDeviceCriterionCreate criterion) {
    return core.createdId(
        ApiRequest.post("/customdevices/{}/criteria", Crud.id(id))
            .json(Crud.body(criterion, "criterion"))
            .build());
  }

  /** Deletes a criterion: {@code DELETE /customdevices/{id}/criteria/{childId}}. */
  public void deleteCriterion(long id, long criterionId) {
    core.send(
        ApiRequest.delete(
                "/customdevices/{}/criteria/{}",
                Crud.id(id),
                Checks.positiveId(criterionId, "criterionId"))
            .build());
  }
}
