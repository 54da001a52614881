package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.AnalysisPriorityConfig;
import io.netobs.extrahop.model.AnalysisPriorityManager;
import io.netobs.extrahop.request.AnalysisPriorityConfigUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import java.util.Map;

/**
 * Analysis priority ({@code /analysispriority}): which devices a sensor analyses in depth, and
 * which appliance decides it. On a sensor itself, the appliance id is {@code 0}; on a console, it
 * is the id of a connected sensor.
 */
public final class AnalysisPriority {
  private final HttpCore core;

  AnalysisPriority(HttpCore core) {
    this.core = core;
  }

  /**
   * The analysis priority rules of a sensor: {@code GET /analysispriority/config/{appliance_id}}
   * ({@code 0} on the sensor itself).
   */
  public AnalysisPriorityConfig config(long applianceId) {
    return Crud.getAt(
        core,
        AnalysisPriorityConfig.class,
        "/analysispriority/config/{}",
        applianceId(applianceId));
  }

  /**
   * Replaces the analysis priority rules of a sensor: {@code PUT
   * /analysispriority/config/{appliance_id}}. What the body leaves out is not kept: build it {@link
   * AnalysisPriorityConfigUpdate.Builder#from from} the rules in force to change only part of them.
   * The rules it replaces cannot be recovered afterwards.
   */
  public void replaceConfig(long applianceId, AnalysisPriorityConfigUpdate config) {
    applianceId(applianceId);
    core.send(
        ApiRequest.put("/analysispriority/config/{}", applianceId)
            .json(Crud.body(config, "config"))
            .build());
  }

  /**
   * Which appliance manages the local sensor's analysis priority: {@code GET
   * /analysispriority/{appliance_id}/manager}; the API takes only {@code 0}, the local sensor.
   */
  public AnalysisPriorityManager manager(long applianceId) {
    return Crud.getAt(
        core,
        AnalysisPriorityManager.class,
        "/analysispriority/{}/manager",
        applianceId(applianceId));
  }

  /**
   * Hands the management of the local sensor's analysis priority to another appliance: {@code PATCH
   * /analysispriority/{appliance_id}/manager} with {@code {"manager": managerId}}.
   */
  public void updateManager(long applianceId, long managerId) {
    applianceId(applianceId);
    Validate.nonNegative(managerId, "managerId");
    core.send(
        ApiRequest.patch("/analysispriority/{}/manager", applianceId)
            .json(Map.of("manager", managerId))
            .idempotent(true)
            .build());
  }

  /** An appliance id: {@code 0} names the appliance called, so only negatives are refused. */
  private static long applianceId(long id) {
    return Validate.nonNegative(id, "applianceId");
  }
}
