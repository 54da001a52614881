package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /networklocalities} (or {@code /networklocality} on older firmware). */
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
     * @throws IllegalArgumentException when {@code external} is not set, or neither {@code network}
     *     nor {@code networks}
     */
    public NetworkLocalityCreate build() {
      if (!has("networks")) {
        require("NetworkLocalityCreate", "network");
      }
      require("NetworkLocalityCreate", "external");
      return new NetworkLocalityCreate(this);
    }
  }
}
