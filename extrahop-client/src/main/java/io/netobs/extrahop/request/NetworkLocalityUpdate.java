package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code PATCH /networklocalities/{id}} (or {@code /networklocality/{id}} on older
 * firmware).
 */
public final class NetworkLocalityUpdate extends RequestBody {
  private NetworkLocalityUpdate(Builder builder) {
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

  /** Builds a {@link NetworkLocalityUpdate}. */
  public static final class Builder extends NetworkLocalityFields<Builder> {
    private Builder() {}

    /** Clears {@code description}: sends it as an explicit null. */
    public Builder clearDescription() {
      return set("description", null);
    }

    /** Clears {@code name}: sends it as an explicit null. */
    public Builder clearName() {
      return set("name", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public NetworkLocalityUpdate build() {
      requireAny("NetworkLocalityUpdate");
      return new NetworkLocalityUpdate(this);
    }
  }
}
