package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The body of {@code POST /extrahop/firmware/download/version}: the appliance downloads a firmware
 * version from ExtraHop Cloud Services, and upgrades to it afterwards when {@code upgrade} is set.
 */
public final class FirmwareVersionDownload extends RequestBody {
  private FirmwareVersionDownload(Builder builder) {
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

  /** Builds a {@link FirmwareVersionDownload}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * The firmware version to download, as {@code GET /extrahop/firmware/next} lists it (not
     * blank).
     */
    public Builder version(String version) {
      return set("version", Validate.notBlank(version, "version"));
    }

    /** Whether to upgrade the appliance once the download is complete. */
    public Builder upgrade(boolean upgrade) {
      return set("upgrade", upgrade);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code version} is not set
     */
    public FirmwareVersionDownload build() {
      require("FirmwareVersionDownload", "version");
      return new FirmwareVersionDownload(this);
    }
  }
}
