package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * Who runs an export's collection process: Kentik or the customer. A value this SDK does not know
 * is kept as the service sent it (a number as its text), and sent back unchanged.
 */
public final class CloudExportType extends ExtensibleEnum {
  /** Not set. */
  public static final CloudExportType UNSPECIFIED =
      new CloudExportType("CLOUD_EXPORT_TYPE_UNSPECIFIED", true);

  /** Kentik runs the export process. */
  public static final CloudExportType KENTIK_MANAGED =
      new CloudExportType("CLOUD_EXPORT_TYPE_KENTIK_MANAGED", true);

  /** The customer runs the export process (an agent in their cloud). */
  public static final CloudExportType CUSTOMER_MANAGED =
      new CloudExportType("CLOUD_EXPORT_TYPE_CUSTOMER_MANAGED", true);

  private CloudExportType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for {@code value} (its full wire name, in any case), or an unknown value that
   * keeps the text.
   *
   * @param value the wire value, e.g. {@code "CLOUD_EXPORT_TYPE_UNSPECIFIED"}
   * @return the value
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CloudExportType of(String value) {
    return switch (normalize(value)) {
      case "cloud_export_type_unspecified" -> UNSPECIFIED;
      case "cloud_export_type_kentik_managed" -> KENTIK_MANAGED;
      case "cloud_export_type_customer_managed" -> CUSTOMER_MANAGED;
      default -> new CloudExportType(value, false);
    };
  }

  /** A number, as a gateway set to send enums as numbers would: kept as its text. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CloudExportType ofNumber(long value) {
    return of(Long.toString(value));
  }
}
