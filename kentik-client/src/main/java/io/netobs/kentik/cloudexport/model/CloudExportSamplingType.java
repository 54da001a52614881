package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * How an export samples flow logs. A value this SDK does not know is kept as the service sent it (a
 * number as its text), and sent back unchanged.
 */
public final class CloudExportSamplingType extends ExtensibleEnum {
  /** Not set. */
  public static final CloudExportSamplingType UNSPECIFIED =
      new CloudExportSamplingType("CLOUD_EXPORT_SAMPLING_TYPE_UNSPECIFIED", true);

  /** Sampled at the export's sampling rate. */
  public static final CloudExportSamplingType RATE =
      new CloudExportSamplingType("CLOUD_EXPORT_SAMPLING_TYPE_RATE", true);

  /** Every flow exported, unsampled. */
  public static final CloudExportSamplingType UNSAMPLED =
      new CloudExportSamplingType("CLOUD_EXPORT_SAMPLING_TYPE_UNSAMPLED", true);

  private CloudExportSamplingType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for {@code value} (its full wire name, in any case), or an unknown value that
   * keeps the text.
   *
   * @param value the wire value, e.g. {@code "CLOUD_EXPORT_SAMPLING_TYPE_UNSPECIFIED"}
   * @return the value
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CloudExportSamplingType of(String value) {
    return switch (normalize(value)) {
      case "cloud_export_sampling_type_unspecified" -> UNSPECIFIED;
      case "cloud_export_sampling_type_rate" -> RATE;
      case "cloud_export_sampling_type_unsampled" -> UNSAMPLED;
      default -> new CloudExportSamplingType(value, false);
    };
  }

  /** A number, as a gateway set to send enums as numbers would: kept as its text. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CloudExportSamplingType ofNumber(long value) {
    return of(Long.toString(value));
  }
}
