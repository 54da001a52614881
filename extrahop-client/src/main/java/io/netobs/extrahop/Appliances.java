package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Appliance;
import io.netobs.extrahop.model.ApplianceProductKey;
import io.netobs.extrahop.model.CloudServicesStatus;
import io.netobs.extrahop.model.FirmwareRelease;
import io.netobs.extrahop.model.SensorAssociation;
import io.netobs.extrahop.model.SensorTag;
import io.netobs.extrahop.request.ApplianceConnection;
import io.netobs.extrahop.request.ApplianceFirmwareUpgrade;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The appliances connected to this one ({@code /appliances}): connect and disconnect them, upgrade
 * their firmware, tag sensors, join IDS sensors to packet sensors, and manage their domain
 * controller connections. The local appliance's own cloud services enrollment is here too.
 */
public final class Appliances {
  private final HttpCore core;
  private final Crud<Appliance> crud;
  private final SensorTags sensorTags;
  private final Jobs jobs;

  Appliances(HttpCore core) {
    this(core, new Jobs(core));
  }

  Appliances(HttpCore core, Jobs jobs) {
    this.core = core;
    this.crud = new Crud<>(core, "/appliances", Appliance.class);
    this.sensorTags = new SensorTags(core);
    this.jobs = jobs;
  }

  /** Every connected appliance: {@code GET /appliances}. */
  public List<Appliance> list() {
    return crud.list();
  }

  /** One connected appliance: {@code GET /appliances/{id}}. */
  public Appliance get(long id) {
    return crud.get(id);
  }

  /**
   * Connects a remote appliance: {@code POST /appliances}; returns the new connection's id. The
   * remote appliance must be licensed for the same edition. The body may carry a setup password, a
   * pairing token or a product key: the wire log masks them.
   */
  public long connect(ApplianceConnection connection) {
    return core.createdId(
        ApiRequest.post("/appliances").json(Crud.body(connection, "connection")).build());
  }

  /**
   * Disconnects a remote appliance from this one: {@code DELETE /appliances/{id}}.
   *
   * <p><b>Cannot be undone from here:</b> the connection, and whatever this appliance manages on
   * the remote one, is gone; connecting again takes {@link #connect(ApplianceConnection)} with a
   * fresh pairing token or setup password.
   *
   * @param id the remote appliance's id
   */
  public void disconnect(long id) {
    crud.delete(id);
  }

  /**
   * The firmware releases that any connected appliance can be upgraded to, from ExtraHop Cloud
   * Services: {@code GET /appliances/firmware/next}.
   *
   * @return the releases
   */
  public List<FirmwareRelease> availableFirmware() {
    return Crud.listAt(core, FirmwareRelease.class, "/appliances/firmware/next");
  }

  /**
   * The firmware releases that any of the given appliances can be upgraded to: {@code GET
   * /appliances/firmware/next?ids=1,2}.
   *
   * @param ids the connected appliances' ids (each positive, at least one)
   * @return the releases
   */
  public List<FirmwareRelease> availableFirmware(Collection<Long> ids) {
    List<Long> checked = ids(ids, "ids");
    if (checked.isEmpty()) {
      throw new IllegalArgumentException("ids must name at least one appliance");
    }
    return core.json(
        ApiRequest.get("/appliances/firmware/next")
            .query("ids", checked.stream().map(String::valueOf).collect(Collectors.joining(",")))
            .build(),
        Json.listOf(FirmwareRelease.class));
  }

  /**
   * Upgrades the firmware of connected appliances from ExtraHop Cloud Services: {@code POST
   * /appliances/firmware/upgrade}, answered 202 with the upgrade's job.
   *
   * <p><b>Cannot be undone from here:</b> each appliance installs the firmware and restarts; a
   * rollback on each appliance empties its datastore. Never retried.
   *
   * @param upgrade the appliances and the version
   * @return the upgrade's job
   */
  public StartedJob upgradeFirmware(ApplianceFirmwareUpgrade upgrade) {
    return jobs.start(
        ApiRequest.post("/appliances/firmware/upgrade")
            .json(Crud.body(upgrade, "upgrade"))
            .build());
  }

  /**
   * Tags that group sensors ({@code /appliances/sensortags}).
   *
   * @return the sensor tags resource
   */
  public SensorTags sensorTags() {
    return sensorTags;
  }

  /**
   * The tags one sensor carries: {@code GET /appliances/{id}/sensortags}.
   *
   * @param id the sensor's id
   * @return the sensor's tags
   */
  public List<SensorTag> tagsOf(long id) {
    return Crud.listAt(core, SensorTag.class, "/appliances/{}/sensortags", Crud.id(id));
  }

  /**
   * Sets the tags of one sensor, replacing those it had: {@code PATCH /appliances/{id}/sensortags}
   * with {@code {"sensortags": [ids]}}; an empty collection takes every tag off.
   *
   * @param id the sensor's id
   * @param tagIds the sensor tags' ids (each positive)
   */
  public void setTags(long id, Collection<Long> tagIds) {
    Crud.id(id);
    List<Long> checked = ids(tagIds, "tagIds");
    core.send(
        ApiRequest.patch("/appliances/{}/sensortags", id)
            .json(Map.of("sensortags", checked))
            .idempotent(true)
            .build());
  }

  /**
   * The packet sensor an IDS sensor is joined to: {@code GET /appliances/{ids_id}/association}.
   *
   * @param idsId the IDS sensor's id
   * @return the association
   */
  public SensorAssociation association(long idsId) {
    Checks.positiveId(idsId, "idsId");
    return Crud.getAt(core, SensorAssociation.class, "/appliances/{}/association", idsId);
  }

  /**
   * Joins an IDS sensor to a packet sensor: {@code POST /appliances/{ids_id}/association} with
   * {@code {"associated_sensor_id": id}}, answered 204. Joining it to another packet sensor later
   * replaces this association.
   *
   * @param idsId the IDS sensor's id
   * @param packetSensorId the packet sensor's id
   */
  public void associate(long idsId, long packetSensorId) {
    Checks.positiveId(idsId, "idsId");
    Checks.positiveId(packetSensorId, "packetSensorId");
    core.send(
        ApiRequest.post("/appliances/{}/association", idsId)
            .json(Map.of("associated_sensor_id", packetSensorId))
            .build());
  }

  /**
   * The state of ExtraHop Cloud Services on this (the local) appliance: {@code GET
   * /appliances/0/cloudservices}.
   *
   * @return the cloud services state, its fields as the appliance sent them
   */
  public CloudServicesStatus cloudServices() {
    return Crud.getAt(core, CloudServicesStatus.class, "/appliances/0/cloudservices");
  }

  /**
   * Unenrolls this (the local) appliance from ExtraHop Cloud Services: {@code POST
   * /appliances/0/cloudservices} with {@code {"action": "unenroll"}}, answered 201.
   *
   * <p><b>Hard to undo:</b> the appliance stops sending to cloud services (and anything that
   * depends on them, such as machine learning detections and cloud firmware downloads) until it is
   * enrolled again through its administration settings. Never retried.
   */
  public void unenrollCloudServices() {
    core.send(
        ApiRequest.post("/appliances/0/cloudservices").json(Map.of("action", "unenroll")).build());
  }

  /**
   * The domain controller connections of one sensor ({@code
   * /appliances/{id}/domaincontrollers/connections}).
   *
   * @param id the sensor's id
   * @return the sensor's domain controllers
   */
  public DomainControllers domainControllers(long id) {
    return new DomainControllers(core, Crud.id(id));
  }

  /**
   * The product key of a connected appliance (consoles only): {@code GET
   * /appliances/{id}/productkey}. The key is a secret: its {@code toString()} never shows it.
   *
   * @param id the appliance's id
   * @return the product key
   */
  public ApplianceProductKey productKey(long id) {
    return Crud.getAt(core, ApplianceProductKey.class, "/appliances/{}/productkey", Crud.id(id));
  }

  /** A copy of ids, each positive; {@code name} is the parameter's name for the messages. */
  static List<Long> ids(Collection<Long> ids, String name) {
    Checks.notNull(ids, name);
    List<Long> copy = new ArrayList<>(ids.size());
    for (Long id : ids) {
      if (id == null) {
        throw new NullPointerException(name + " must not contain null");
      }
      copy.add(Checks.positiveId(id, name + " element"));
    }
    return List.copyOf(copy);
  }
}
