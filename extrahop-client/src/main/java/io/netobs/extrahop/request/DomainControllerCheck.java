package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code POST /appliances/{id}/domaincontrollers/testconnection}: the connection to
 * try, without saving it. The password never appears in {@code toString()}.
 */
public final class DomainControllerCheck extends RequestBody {
  private DomainControllerCheck(Builder builder) {
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

  /** Builds a {@link DomainControllerCheck}. */
  public static final class Builder extends DomainControllerFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when a required field is not set
     */
    public DomainControllerCheck build() {
      require("DomainControllerCheck", DomainControllerFields.REQUIRED);
      return new DomainControllerCheck(this);
    }
  }
}
