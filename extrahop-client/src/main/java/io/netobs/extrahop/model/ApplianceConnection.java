package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /appliances}: connects a remote appliance. Passwords, tokens and product keys
 * never appear in {@code toString()}.
 */
public final class ApplianceConnection extends CreateRequest<ApplianceConnection> {
  private ApplianceConnection() {}

  /** A connection to {@code host}, an appliance of {@code type} ({@code discover}, {@code explore}, ...), sharing data or not. */
  public static ApplianceConnection of(String host, String type, boolean dataAccess) {
    return new ApplianceConnection().host(host).remoteApplianceType(type).dataAccess(dataAccess);
  }

  /** The remote appliance's host name (not blank). */
  public ApplianceConnection host(String host) {
    return set("host", Validate.notBlank(host, "host"));
  }

  /** The remote type: {@code command}, {@code discover}, {@code explore} or {@code trace}. */
  public ApplianceConnection remoteApplianceType(String remoteApplianceType) {
    return set("remote_appliance_type", Validate.notBlank(remoteApplianceType, "remote_appliance_type"));
  }

  /** Whether data is shared between the appliances. */
  public ApplianceConnection dataAccess(boolean dataAccess) {
    return set("data_access", dataAccess);
  }

  /** The remote certificate's fingerprint. */
  public ApplianceConnection fingerprint(String fingerprint) {
    return set("fingerprint", Validate.notBlank(fingerprint, "fingerprint"));
  }

  /** Whether this appliance manages the remote one. */
  public ApplianceConnection managedByLocal(boolean managedByLocal) {
    return set("managed_by_local", managedByLocal);
  }

  /** Whether the remote appliance manages this one. */
  public ApplianceConnection managesLocal(boolean managesLocal) {
    return set("manages_local", managesLocal);
  }

  /** This appliance's nickname as the remote one shows it. */
  public ApplianceConnection localNicknameForRemote(String localNicknameForRemote) {
    return set("local_nickname_for_remote", Validate.notBlank(localNicknameForRemote, "local_nickname_for_remote"));
  }

  /** The remote appliance's nickname as this one shows it. */
  public ApplianceConnection remoteNicknameForLocal(String remoteNicknameForLocal) {
    return set("remote_nickname_for_local", Validate.notBlank(remoteNicknameForLocal, "remote_nickname_for_local"));
  }

  /** The pairing token generated on the remote sensor (secret). */
  public ApplianceConnection remotePairingToken(String remotePairingToken) {
    return setSecret("remote_pairing_token", Validate.notBlank(remotePairingToken, "remote_pairing_token"));
  }

  /** The setup user's password on the remote appliance (secret). */
  public ApplianceConnection remoteSetupPassword(String remoteSetupPassword) {
    return setSecret("remote_setup_password", Validate.notBlank(remoteSetupPassword, "remote_setup_password"));
  }

  /** A product key to license the remote appliance with (secret). */
  public ApplianceConnection productKey(String productKey) {
    return setSecret("product_key", Validate.notBlank(productKey, "product_key"));
  }

  /** Whether to reset the remote appliance's configuration. */
  public ApplianceConnection resetConfiguration(boolean resetConfiguration) {
    return set("reset_configuration", resetConfiguration);
  }

  @Override
  List<String> requiredFields() {
    return List.of("host", "remote_appliance_type", "data_access");
  }
}
