package io.netobs.kentik;

import io.netobs.http.NotFoundException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.AppliedLabels;
import io.netobs.kentik.model.KentikDevice;
import io.netobs.kentik.request.KentikDeviceCreate;
import io.netobs.kentik.request.KentikDeviceUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Devices, through the V5 Device API: the list at {@code /devices}, one device at {@code
 * /device/{id}}, answers wrapped as {@code {"devices": [...]}} and {@code {"device": {...}}}.
 *
 * <p>The Device API deletes in two steps, as a guard against mistakes: the first {@code DELETE
 * /device/{id}} moves the device to the trash (archives it), a second one removes it for good.
 * {@link #archive(long)} sends the first; {@link #delete(long)} sends both.
 */
public final class KentikDevices {
  private final HttpCore core;

  KentikDevices(HttpCore core) {
    this.core = core;
  }

  /** Every device ({@code GET /devices}). */
  public List<KentikDevice> list() {
    return core.execute(
        ApiRequest.get("/devices").build(), r -> Answers.list(r, "devices", KentikDevice.class));
  }

  /**
   * One device ({@code GET /device/{id}}).
   *
   * @throws io.netobs.http.NotFoundException when there is no such device
   */
  public KentikDevice get(long id) {
    Checks.positiveId(id, "id");
    return core.execute(
        ApiRequest.get("/device/{}", id).build(),
        r -> Answers.object(r, "device", KentikDevice.class));
  }

  /** Creates a device ({@code POST /device}) and returns it as the service stored it. */
  public KentikDevice create(KentikDeviceCreate device) {
    Checks.notNull(device, "device");
    return core.execute(
        ApiRequest.post("/device").json(Map.of("device", device.toMap())).build(),
        r -> Answers.object(r, "device", KentikDevice.class));
  }

  /**
   * Changes a device ({@code PUT /device/{id}}), sending only the fields set in {@code update}.
   *
   * @return the device as the service stored it
   */
  public KentikDevice update(long id, KentikDeviceUpdate update) {
    Checks.positiveId(id, "id");
    Checks.notNull(update, "update");
    return core.execute(
        ApiRequest.put("/device/{}", id).json(Map.of("device", update.toMap())).build(),
        r -> Answers.object(r, "device", KentikDevice.class));
  }

  /**
   * Moves a device to the trash: one {@code DELETE /device/{id}}. The device stops being listed;
   * {@link #delete(long)} removes it for good.
   *
   * @throws io.netobs.http.NotFoundException when there is no such device
   */
  public void archive(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/device/{}", id).build());
  }

  /**
   * Deletes a device for good, which cannot be undone: sends {@code DELETE /device/{id}} twice, as
   * the Device API needs (the first moves the device to the trash, the second removes it). For a
   * device already archived the first call removes it, and the 404 of the second is taken as done.
   *
   * @throws io.netobs.http.NotFoundException when there is no such device, archived or not
   */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/device/{}", id).build());
    try {
      core.send(ApiRequest.delete("/device/{}", id).build());
    } catch (NotFoundException alreadyGone) {
      // The first DELETE removed a device that was already in the trash: it is gone, as asked.
    }
  }

  /**
   * Replaces the labels of a device with those given ({@code PUT /devices/{id}/labels}); labels not
   * given are taken off, which is not undone by itself. No ids takes every label off.
   *
   * @param deviceId the device
   * @param labelIds the labels the device carries afterwards
   * @return the device's id and name with its labels
   */
  public AppliedLabels setLabels(long deviceId, long... labelIds) {
    Checks.positiveId(deviceId, "deviceId");
    Checks.notNull(labelIds, "labelIds");
    List<Map<String, Object>> labels = new ArrayList<>(labelIds.length);
    for (long labelId : labelIds) {
      Checks.positiveId(labelId, "labelIds");
      labels.add(Map.of("id", labelId));
    }
    return core.execute(
        ApiRequest.put("/devices/{}/labels", deviceId).json(Map.of("labels", labels)).build(),
        r -> Answers.object(r, null, AppliedLabels.class));
  }
}
