package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.DeviceInterface;
import io.netobs.kentik.request.DeviceInterfaceCreate;
import io.netobs.kentik.request.DeviceInterfaceUpdate;
import java.util.List;

/**
 * The interfaces of one device ({@code /device/{id}/interfaces}, {@code
 * /device/{id}/interface/{interfaceId}}), reached through {@link
 * KentikClient#deviceInterfaces(long)}. The list is a bare array, a single interface is wrapped as
 * {@code {"interface": {...}}}, and create and update go and come back unwrapped; {@link
 * DeviceInterface} reads the values whose types differ between reads and writes either way.
 */
public final class DeviceInterfaces {
  private final HttpCore core;
  private final long deviceId;

  DeviceInterfaces(HttpCore core, long deviceId) {
    this.core = core;
    this.deviceId = deviceId;
  }

  /** The id of the device these interfaces belong to. */
  public long deviceId() {
    return deviceId;
  }

  /** Every interface of the device ({@code GET /device/{id}/interfaces}). */
  public List<DeviceInterface> list() {
    return core.execute(
        ApiRequest.get("/device/{}/interfaces", deviceId).build(),
        r -> Answers.list(r, null, DeviceInterface.class));
  }

  /**
   * One interface ({@code GET /device/{id}/interface/{interfaceId}}).
   *
   * @throws io.netobs.http.NotFoundException when there is no such interface
   */
  public DeviceInterface get(long interfaceId) {
    Checks.positiveId(interfaceId, "interfaceId");
    return core.execute(
        ApiRequest.get("/device/{}/interface/{}", deviceId, interfaceId).build(),
        r -> Answers.object(r, "interface", DeviceInterface.class));
  }

  /** Creates an interface ({@code POST /device/{id}/interface}) and returns it as stored. */
  public DeviceInterface create(DeviceInterfaceCreate created) {
    Checks.notNull(created, "created");
    return core.execute(
        ApiRequest.post("/device/{}/interface", deviceId).json(created.toMap()).build(),
        r -> Answers.object(r, "interface", DeviceInterface.class));
  }

  /**
   * Changes an interface ({@code PUT /device/{id}/interface/{interfaceId}}), sending only the
   * fields set in {@code update}.
   *
   * @return the interface as the server stored it
   */
  public DeviceInterface update(long interfaceId, DeviceInterfaceUpdate update) {
    Checks.positiveId(interfaceId, "interfaceId");
    Checks.notNull(update, "update");
    return core.execute(
        ApiRequest.put("/device/{}/interface/{}", deviceId, interfaceId)
            .json(update.toMap())
            .build(),
        r -> Answers.object(r, "interface", DeviceInterface.class));
  }

  /**
   * Deletes an interface ({@code DELETE /device/{id}/interface/{interfaceId}}); it cannot be
   * undone. The API answers 200, with or without a body: either is success.
   */
  public void delete(long interfaceId) {
    Checks.positiveId(interfaceId, "interfaceId");
    core.send(ApiRequest.delete("/device/{}/interface/{}", deviceId, interfaceId).build());
  }

  @Override
  public String toString() {
    return "DeviceInterfaces[deviceId=" + deviceId + "]";
  }
}
