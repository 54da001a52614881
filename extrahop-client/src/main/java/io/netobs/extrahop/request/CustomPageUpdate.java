package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /pages/{id}}. */
public final class CustomPageUpdate extends RequestBody {
  private CustomPageUpdate(Builder builder) {
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

  /** Builds a {@link CustomPageUpdate}. */
  public static final class Builder extends CustomPageFields<Builder> {
    private Builder() {}

    /** Clears {@code description}: sends it as an explicit null. */
    public Builder clearDescription() {
      return set("description", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public CustomPageUpdate build() {
      requireAny("CustomPageUpdate");
      return new CustomPageUpdate(this);
    }
  }
}
