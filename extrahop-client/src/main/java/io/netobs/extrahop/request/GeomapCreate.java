package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /geomaps}. */
public final class GeomapCreate extends RequestBody {
  private GeomapCreate(Builder builder) {
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

  /** Builds a {@link GeomapCreate}. */
  public static final class Builder extends GeomapFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name} is not set
     */
    public GeomapCreate build() {
      require("GeomapCreate", "name");
      return new GeomapCreate(this);
    }
  }
}
