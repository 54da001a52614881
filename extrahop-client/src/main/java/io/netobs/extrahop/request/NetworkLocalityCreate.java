package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /networklocality}. */
public final class NetworkLocalityCreate extends RequestBody {
  private NetworkLocalityCreate(Builder builder) {
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

  /** Builds a {@link NetworkLocalityCreate}. */
  public static final class Builder extends NetworkLocalityFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code network}, {@code external} is not set
     */
    public NetworkLocalityCreate build() {
      require("NetworkLocalityCreate", "network", "external");
      return new NetworkLocalityCreate(this);
    }
  }
}
