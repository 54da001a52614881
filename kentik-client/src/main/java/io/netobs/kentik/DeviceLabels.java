package io.netobs.kentik;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.ApiException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.DeviceLabel;
import io.netobs.kentik.request.DeviceLabelCreate;
import io.netobs.kentik.request.DeviceLabelUpdate;
import java.util.List;

/**
 * Device labels ({@code /deviceLabels}): bare arrays and objects both ways. Labels are put on
 * devices with {@link KentikDevices#setLabels(long, long...)}.
 */
public final class DeviceLabels {
  private final HttpCore core;

  DeviceLabels(HttpCore core) {
    this.core = core;
  }

  /** Every label, with the devices carrying it ({@code GET /deviceLabels}). */
  public List<DeviceLabel> list() {
    return core.execute(
        ApiRequest.get("/deviceLabels").build(), r -> Answers.list(r, null, DeviceLabel.class));
  }

  /**
   * One label ({@code GET /deviceLabels/{id}}).
   *
   * @throws io.netobs.http.NotFoundException when there is no such label
   */
  public DeviceLabel get(long id) {
    Checks.positiveId(id, "id");
    return core.execute(
        ApiRequest.get("/deviceLabels/{}", id).build(),
        r -> Answers.object(r, null, DeviceLabel.class));
  }

  /** Creates a label ({@code POST /deviceLabels}). */
  public DeviceLabel create(DeviceLabelCreate label) {
    Checks.notNull(label, "label");
    return core.execute(
        ApiRequest.post("/deviceLabels").json(label.toMap()).build(),
        r -> Answers.object(r, null, DeviceLabel.class));
  }

  /** Changes a label ({@code PUT /deviceLabels/{id}}), sending only the fields set. */
  public DeviceLabel update(long id, DeviceLabelUpdate update) {
    Checks.positiveId(id, "id");
    Checks.notNull(update, "update");
    return core.execute(
        ApiRequest.put("/deviceLabels/{}", id).json(update.toMap()).build(),
        r -> Answers.object(r, null, DeviceLabel.class));
  }

  /**
   * Deletes a label ({@code DELETE /deviceLabels/{id}}), taking it off every device; this cannot be
   * undone. The service answers {@code {"success": true}}.
   *
   * @throws ApiException when the service answers {@code "success": false}
   */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.execute(
        ApiRequest.delete("/deviceLabels/{}", id).build(),
        r -> {
          JsonNode answer = Json.mapper().readTree(r.body());
          if (answer != null
              && answer.path("success").isBoolean()
              && !answer.get("success").asBoolean()) {
            String message = answer.path("error").asText(answer.path("message").asText(""));
            throw new ApiException(
                r.method(),
                r.path(),
                r.status(),
                "the service answered success: false" + (message.isEmpty() ? "" : ", " + message),
                r.headers());
          }
          return null;
        });
  }
}
