package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The body of {@code POST /appliances/{id}/domaincontrollers/connections}: connects a sensor to a
 * domain controller. The password never appears in {@code toString()}.
 */
public final class DomainControllerCreate extends RequestBody {
  private DomainControllerCreate(Builder builder) {
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

  /** Builds a {@link DomainControllerCreate}. */
  public static final class Builder extends DomainControllerFields<Builder> {
    private Builder() {}

    /**
     * The number of days after which the appliance sets a new random password for the domain user
     * (not negative).
     */
    public Builder passwordInterval(int passwordInterval) {
      return set(
          "password_interval", (int) Validate.nonNegative(passwordInterval, "password_interval"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when a required field is not set
     */
    public DomainControllerCreate build() {
      require("DomainControllerCreate", DomainControllerFields.REQUIRED);
      return new DomainControllerCreate(this);
    }
  }
}
