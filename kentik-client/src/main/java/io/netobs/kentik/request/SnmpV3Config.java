package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import org.jspecify.annotations.Nullable;

/**
 * The SNMP v3 settings of a device ({@code device_snmp_v3_conf}): a user name and, optionally, an
 * authentication and a privacy protocol with their passphrases. The passphrases never appear in
 * {@link #toString()}.
 *
 * <pre>{@code
 * SnmpV3Config snmp = SnmpV3Config.builder().userName("kentik")
 *     .authentication("SHA", authPassphrase).privacy("AES", privPassphrase).build();
 * }</pre>
 */
public final class SnmpV3Config extends RequestBody {
  private SnmpV3Config(Builder builder) {
    super(builder);
  }

  /** A builder for SNMP v3 settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SnmpV3Config}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** Sets {@code UserName}, required. */
    public Builder userName(String userName) {
      return set("UserName", Rules.requiredText(userName, "UserName"));
    }

    /**
     * Sets the authentication protocol ({@code NoAuth}, {@code MD5}, {@code SHA}, ...) and its
     * passphrase (a secret; may be null with {@code NoAuth}).
     */
    public Builder authentication(String protocol, @Nullable String passphrase) {
      set("AuthenticationProtocol", Rules.requiredText(protocol, "AuthenticationProtocol"));
      return setSecret("AuthenticationPassphrase", passphrase);
    }

    /**
     * Sets the privacy protocol ({@code NoPriv}, {@code DES}, {@code AES}, ...) and its passphrase
     * (a secret; may be null with {@code NoPriv}).
     */
    public Builder privacy(String protocol, @Nullable String passphrase) {
      set("PrivacyProtocol", Rules.requiredText(protocol, "PrivacyProtocol"));
      return setSecret("PrivacyPassphrase", passphrase);
    }

    /**
     * Builds the settings.
     *
     * @throws IllegalArgumentException when {@code UserName} is missing
     */
    public SnmpV3Config build() {
      require("SnmpV3Config", "UserName");
      return new SnmpV3Config(this);
    }
  }
}
