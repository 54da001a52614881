package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.SensorTag;
import io.netobs.extrahop.request.SensorTagCreate;
import io.netobs.extrahop.request.SensorTagUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Tags that group the sensors connected to a console ({@code /appliances/sensortags}). The tags of
 * one sensor are read and set through {@link Appliances#tagsOf(long)} and {@link
 * Appliances#setTags(long, Collection)}.
 */
public final class SensorTags {
  private final HttpCore core;
  private final Crud<SensorTag> crud;

  SensorTags(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/appliances/sensortags", SensorTag.class);
  }

  /**
   * Every sensor tag: {@code GET /appliances/sensortags}.
   *
   * @return the tags
   */
  public List<SensorTag> list() {
    return crud.list();
  }

  /**
   * One sensor tag: {@code GET /appliances/sensortags/{id}}.
   *
   * @param id the tag's id
   * @return the tag
   */
  public SensorTag get(long id) {
    return crud.get(id);
  }

  /**
   * Creates a sensor tag: {@code POST /appliances/sensortags}; returns its id, from the {@code
   * Location} of the 201 answer.
   *
   * @param tag the tag's name and, optionally, its sensors
   * @return the new tag's id
   */
  public long create(SensorTagCreate tag) {
    return crud.create(tag, "tag");
  }

  /**
   * Changes the fields set in {@code update}: {@code PATCH /appliances/sensortags/{id}}. Setting
   * {@code sensors} replaces the sensors the tag is on.
   *
   * @param id the tag's id
   * @param update the fields to change
   */
  public void update(long id, SensorTagUpdate update) {
    crud.update(id, update);
  }

  /**
   * Deletes a sensor tag, taking it off every sensor: {@code DELETE /appliances/sensortags/{id}}.
   * Cannot be undone.
   *
   * @param id the tag's id
   */
  public void delete(long id) {
    crud.delete(id);
  }

  /**
   * Deletes several sensor tags at once: {@code POST /appliances/sensortags/delete} with {@code
   * {"sensortags": [ids]}}. Cannot be undone.
   *
   * @param ids the tags' ids (each positive)
   */
  public void deleteAll(Collection<Long> ids) {
    List<Long> checked = Appliances.ids(ids, "ids");
    core.send(
        ApiRequest.post("/appliances/sensortags/delete")
            .json(Map.of("sensortags", checked))
            .build());
  }

  @Override
  public String toString() {
    return "SensorTags";
  }
}
