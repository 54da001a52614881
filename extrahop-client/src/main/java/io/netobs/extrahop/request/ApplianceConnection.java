package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The body of {@code POST /appliances}: connects a remote appliance. Passwords, tokens and product
 * keys never appear in {@code toString()}.
 */
public final class ApplianceConnection extends RequestBody {
  private ApplianceConnection(Builder builder) {
    super(builder);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's fields, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link ApplianceConnection}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The remote appliance's host name (not blank). */
    public Builder host(String host) {
      return set("host", Validate.notBlank(host, "host"));
    }

    /** The remote type: {@code command}, {@code discover}, {@code explore} or {@code trace}. */
    public Builder remoteApplianceType(String remoteApplianceType) {
      return set(
          "remote_appliance_type", Validate.notBlank(remoteApplianceType, "remote_appliance_type"));
    }

    /** Whether data is shared between the appliances. */
    public Builder dataAccess(boolean dataAccess) {
      return set("data_access", dataAccess);
    }

    /** The remote certificate's fingerprint. */
    public Builder fingerprint(String fingerprint) {
      return set("fingerprint", Validate.notBlank(fingerprint, "fingerprint"));
    }

    /** Whether this appliance manages the remote one. */
    public Builder managedByLocal(boolean managedByLocal) {
      return set("managed_by_local", managedByLocal);
    }

    /** Whether the remote appliance manages this one. */
    public Builder managesLocal(boolean managesLocal) {
      return set("manages_local", managesLocal);
    }

    /** This appliance's nickname as the remote one shows it. */
    public Builder localNicknameForRemote(String localNicknameForRemote) {
      return set(
          "local_nickname_for_remote",
          Validate.notBlank(localNicknameForRemote, "local_nickname_for_remote"));
    }

    /** The remote appliance's nickname as this one shows it. */
    public Builder remoteNicknameForLocal(String remoteNicknameForLocal) {
      return set(
          "remote_nickname_for_local",
          Validate.notBlank(remoteNicknameForLocal, "remote_nickname_for_local"));
    }

    /** The pairing token generated on the remote sensor (secret). */
    public Builder remotePairingToken(String remotePairingToken) {
      return setSecret(
          "remote_pairing_token", Validate.notBlank(remotePairingToken, "remote_pairing_token"));
    }

    /** The setup user's password on the remote appliance (secret). */
    public Builder remoteSetupPassword(String remoteSetupPassword) {
      return setSecret(
          "remote_setup_password", Validate.notBlank(remoteSetupPassword, "remote_setup_password"));
    }

    /** A product key to license the remote appliance with (secret). */
    public Builder productKey(String productKey) {
      return setSecret("product_key", Validate.notBlank(productKey, "product_key"));
    }

    /** Whether to reset the remote appliance's configuration. */
    public Builder resetConfiguration(boolean resetConfiguration) {
      return set("reset_configuration", resetConfiguration);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code host}, {@code remote_appliance_type}, {@code
     *     data_access} is not set
     */
    public ApplianceConnection build() {
      require("ApplianceConnection", "host", "remote_appliance_type", "data_access");
      return new ApplianceConnection(this);
    }
  }
}
