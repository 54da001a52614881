package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The public cloud an export reads from. A value this SDK does not know is kept as the service sent
 * it (a number as its text), and sent back unchanged.
 */
public final class CloudProvider extends ExtensibleEnum {
  /** Not set. */
  public static final CloudProvider UNSPECIFIED =
      new CloudProvider("CLOUD_PROVIDER_UNSPECIFIED", true);

  /** Amazon Web Services. */
  public static final CloudProvider AWS = new CloudProvider("CLOUD_PROVIDER_AWS", true);

  /** Microsoft Azure. */
  public static final CloudProvider AZURE = new CloudProvider("CLOUD_PROVIDER_AZURE", true);

  /** Google Cloud. */
  public static final CloudProvider GCE = new CloudProvider("CLOUD_PROVIDER_GCE", true);

  /** Oracle Cloud Infrastructure. */
  public static final CloudProvider OCI = new CloudProvider("CLOUD_PROVIDER_OCI", true);

  private CloudProvider(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for {@code value} (its full wire name, in any case), or an unknown value that
   * keeps the text.
   *
   * @param value the wire value, e.g. {@code "CLOUD_PROVIDER_UNSPECIFIED"}
   * @return the value
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CloudProvider of(String value) {
    return switch (normalize(value)) {
      case "cloud_provider_unspecified" -> UNSPECIFIED;
      case "cloud_provider_aws" -> AWS;
      case "cloud_provider_azure" -> AZURE;
      case "cloud_provider_gce" -> GCE;
      case "cloud_provider_oci" -> OCI;
      default -> new CloudProvider(value, false);
    };
  }

  /** A number, as a gateway set to send enums as numbers would: kept as its text. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CloudProvider ofNumber(long value) {
    return of(Long.toString(value));
  }
}
