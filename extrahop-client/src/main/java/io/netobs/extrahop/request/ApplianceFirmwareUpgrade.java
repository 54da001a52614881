package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.Collection;

/**
 * The body of {@code POST /appliances/firmware/upgrade}: upgrades connected appliances to a version
 * that ExtraHop Cloud Services offers them.
 */
public final class ApplianceFirmwareUpgrade extends RequestBody {
  private ApplianceFirmwareUpgrade(Builder builder) {
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

  /** Builds a {@link ApplianceFirmwareUpgrade}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * The ids of the connected appliances to upgrade (each positive), as {@code GET /appliances}
     * lists them.
     */
    public Builder systemIds(Collection<Long> systemIds) {
      return set("system_ids", SensorTagFields.ids(systemIds, "system_ids"));
    }

    /** The version to upgrade to, as {@code GET /appliances/firmware/next} lists it (not blank). */
    public Builder version(String version) {
      return set("version", Validate.notBlank(version, "version"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code system_ids} or {@code version} is not set
     */
    public ApplianceFirmwareUpgrade build() {
      require("ApplianceFirmwareUpgrade", "system_ids", "version");
      return new ApplianceFirmwareUpgrade(this);
    }
  }
}
