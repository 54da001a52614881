package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.request.IpAddressObservations;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;

/**
 * Observations that other systems feed to the appliance ({@code /observations}), such as the
 * addresses a VPN gateway hands out to the clients it sees.
 */
public final class Observations {
  private final HttpCore core;

  Observations(HttpCore core) {
    this.core = core;
  }

  /**
   * Sends IP address associations: {@code POST /observations/associatedipaddrs}. The appliance
   * accepts them (202) and processes them later; it ignores observations of addresses it has not
   * seen, without saying so. The call is not retried, since sending the same observations twice
   * records them twice.
   */
  public void associatedIpAddresses(IpAddressObservations observations) {
    core.send(
        ApiRequest.post("/observations/associatedipaddrs")
            .json(Crud.body(observations, "observations"))
            .build());
  }
}
