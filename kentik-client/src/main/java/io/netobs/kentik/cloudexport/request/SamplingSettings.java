package io.netobs.kentik.cloudexport.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.cloudexport.model.CloudExportSamplingType;
import io.netobs.kentik.internal.Rules;

/**
 * The sampling settings of a {@link CloudExportCreate} or {@link CloudExportUpdate}. Only the
 * fields set are sent.
 */
public final class SamplingSettings extends RequestBody {
  private SamplingSettings(Builder builder) {
    super(builder);
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these settings, for a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds {@link SamplingSettings}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Sets {@code samplingEnabled}: whether sampling is on.
     *
     * @param samplingEnabled the flag
     * @return this builder
     */
    public Builder samplingEnabled(boolean samplingEnabled) {
      return set("samplingEnabled", samplingEnabled);
    }

    /**
     * Sets {@code samplingType}: rate-based or unsampled.
     *
     * @param samplingType e.g. {@link CloudExportSamplingType#RATE}
     * @return this builder
     * @throws IllegalArgumentException when it is null
     */
    public Builder samplingType(CloudExportSamplingType samplingType) {
      return set("samplingType", Rules.required(samplingType, "samplingType").value());
    }

    /**
     * Sets {@code samplingRate}: the sampling rate (sent as a string, as the gateway writes 64-bit
     * numbers).
     *
     * @param samplingRate the rate
     * @return this builder
     */
    public Builder samplingRate(long samplingRate) {
      return set("samplingRate", Long.toString(samplingRate));
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public SamplingSettings build() {
      return new SamplingSettings(this);
    }
  }
}
