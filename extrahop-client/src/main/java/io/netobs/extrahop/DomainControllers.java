package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.DomainController;
import io.netobs.extrahop.model.DomainControllerCheckResult;
import io.netobs.extrahop.request.DomainControllerCheck;
import io.netobs.extrahop.request.DomainControllerCreate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/**
 * The domain controller connections of one sensor ({@code
 * /appliances/{id}/domaincontrollers/connections}), keyed by the controller's host name. Reached
 * through {@link Appliances#domainControllers(long)}; passwords are sent, never answered.
 */
public final class DomainControllers {
  private final HttpCore core;
  private final long applianceId;

  DomainControllers(HttpCore core, long applianceId) {
    this.core = core;
    this.applianceId = Checks.positiveId(applianceId, "id");
  }

  /**
   * Every domain controller connection of the sensor: {@code GET
   * /appliances/{id}/domaincontrollers/connections}.
   *
   * @return the connections, without passwords
   */
  public List<DomainController> list() {
    return Crud.listAt(
        core, DomainController.class, "/appliances/{}/domaincontrollers/connections", applianceId);
  }

  /**
   * One connection: {@code GET /appliances/{id}/domaincontrollers/connections/{dc_host}}.
   *
   * @param dcHost the domain controller's fully qualified name
   * @return the connection, without its password
   */
  public DomainController get(String dcHost) {
    Checks.notBlank(dcHost, "dcHost");
    return Crud.getAt(
        core,
        DomainController.class,
        "/appliances/{}/domaincontrollers/connections/{}",
        applianceId,
        dcHost);
  }

  /**
   * Connects the sensor to a domain controller: {@code POST
   * /appliances/{id}/domaincontrollers/connections}, answered 201. The password travels in the
   * body, which the wire log masks; not retried once sent.
   *
   * @param connection the controller, realm, credentials and features
   */
  public void add(DomainControllerCreate connection) {
    core.send(
        ApiRequest.post("/appliances/{}/domaincontrollers/connections", applianceId)
            .json(Crud.body(connection, "connection"))
            .build());
  }

  /**
   * Tries a connection without saving it: {@code POST
   * /appliances/{id}/domaincontrollers/testconnection}.
   *
   * @param connection the controller, realm, credentials and features to try
   * @return what the sensor found
   */
  public DomainControllerCheckResult test(DomainControllerCheck connection) {
    return core.json(
        ApiRequest.post("/appliances/{}/domaincontrollers/testconnection", applianceId)
            .json(Crud.body(connection, "connection"))
            .build(),
        DomainControllerCheckResult.class);
  }

  /**
   * Removes a connection: {@code DELETE /appliances/{id}/domaincontrollers/connections/{dc_host}}.
   * Cannot be undone: adding it again takes the domain user's password.
   *
   * @param dcHost the domain controller's fully qualified name
   */
  public void remove(String dcHost) {
    Checks.notBlank(dcHost, "dcHost");
    core.send(
        ApiRequest.delete("/appliances/{}/domaincontrollers/connections/{}", applianceId, dcHost)
            .build());
  }

  @Override
  public String toString() {
    return "DomainControllers[appliance " + applianceId + "]";
  }
}
