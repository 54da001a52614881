package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The body of {@code POST /extrahop/firmware/download/url}: the appliance downloads a firmware
 * image from a URL (HTTPS, HTTP or FTP), and upgrades to it afterwards when {@code upgrade} is set.
 */
public final class FirmwareUrlDownload extends RequestBody {
  private FirmwareUrlDownload(Builder builder) {
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

  /** Builds a {@link FirmwareUrlDownload}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The URL of the firmware image (not blank). */
    public Builder firmwareUrl(String firmwareUrl) {
      return set("firmware_url", Validate.notBlank(firmwareUrl, "firmware_url"));
    }

    /**
     * Whether to skip the compatibility check; only when ExtraHop Support has approved the upgrade.
     */
    public Builder force(boolean force) {
      return set("force", force);
    }

    /** Whether to upgrade the appliance once the download is complete. */
    public Builder upgrade(boolean upgrade) {
      return set("upgrade", upgrade);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code firmware_url} is not set
     */
    public FirmwareUrlDownload build() {
      require("FirmwareUrlDownload", "firmware_url");
      return new FirmwareUrlDownload(this);
    }
  }
}
