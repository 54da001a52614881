package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /pages}. */
public final class CustomPageCreate extends RequestBody {
  private CustomPageCreate(Builder builder) {
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

  /** Builds a {@link CustomPageCreate}. */
  public static final class Builder extends CustomPageFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name} is not set
     */
    public CustomPageCreate build() {
      require("CustomPageCreate", "name");
      return new CustomPageCreate(this);
    }
  }
}
