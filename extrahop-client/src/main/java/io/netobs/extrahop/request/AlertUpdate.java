package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code PATCH /alerts/{id}}: only the fields set are sent; cleared fields go as null.
 */
public final class AlertUpdate extends RequestBody {
  private AlertUpdate(Builder builder) {
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

  /** Builds a {@link AlertUpdate}. */
  public static final class Builder extends AlertFields<Builder> {
    private Builder() {}

    /** Clears {@code description}: sends it as an explicit null. */
    public Builder clearDescription() {
      return set("description", null);
    }

    /** Clears {@code field_name2}: sends it as an explicit null. */
    public Builder clearFieldName2() {
      return set("field_name2", null);
    }

    /** Clears {@code field_op}: sends it as an explicit null. */
    public Builder clearFieldOp() {
      return set("field_op", null);
    }

    /** Clears {@code cc}: sends it as an explicit null. */
    public Builder clearCc() {
      return set("cc", null);
    }

    /** Clears {@code param2}: sends it as an explicit null. */
    public Builder clearParam2() {
      return set("param2", null);
    }

    /** Clears {@code author}: sends it as an explicit null. */
    public Builder clearAuthor() {
      return set("author", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public AlertUpdate build() {
      requireAny("AlertUpdate");
      return new AlertUpdate(this);
    }
  }
}
