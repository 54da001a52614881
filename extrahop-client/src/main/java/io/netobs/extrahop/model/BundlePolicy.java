package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/** What applying a bundle does with objects that already exist on the appliance. */
public final class BundlePolicy extends ExtensibleEnum {
  /** Replace conflicting objects with the bundle's. */
  public static final BundlePolicy OVERWRITE = new BundlePolicy("overwrite", true);

  /** Keep conflicting objects as they are. */
  public static final BundlePolicy SKIP = new BundlePolicy("skip", true);

  private BundlePolicy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known policy for {@code value} (without regard to case), or one the SDK does not know.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static BundlePolicy of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("policy must not be blank");
    }
    String v = normalize(value);
    return v.equals("overwrite")
        ? OVERWRITE
        : v.equals("skip") ? SKIP : new BundlePolicy(value.strip(), false);
  }
}
