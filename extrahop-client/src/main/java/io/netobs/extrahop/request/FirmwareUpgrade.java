package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code POST /extrahop/firmware/latest/upgrade}: options of an upgrade to the firmware
 * image uploaded or downloaded last. Every field is optional; an empty body upgrades with the
 * appliance's defaults.
 */
public final class FirmwareUpgrade extends RequestBody {
  private FirmwareUpgrade(Builder builder) {
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

  /** Builds a {@link FirmwareUpgrade}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Whether to skip the compatibility check; only when ExtraHop Support has approved the upgrade.
     */
    public Builder force(boolean force) {
      return set("force", force);
    }

    /** Whether to restart the appliance once the upgrade is complete. */
    public Builder restartAfter(boolean restartAfter) {
      return set("restart_after", restartAfter);
    }

    /** Whether to turn the web interface off during the upgrade. */
    public Builder silent(boolean silent) {
      return set("silent", silent);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException never: every field is optional
     */
    public FirmwareUpgrade build() {
      // Every field is optional.
      return new FirmwareUpgrade(this);
    }
  }
}
