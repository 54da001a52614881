package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/** The body of {@code PATCH /networks/{id}}. */
public final class NetworkUpdate extends RequestBody {
  private NetworkUpdate(Builder builder) {
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

  /** Builds a {@link NetworkUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The name (not blank). */
    public Builder name(String name) {
      return set("name", Validate.notBlank(name, "name"));
    }

    /** A description. */
    public Builder description(String description) {
      return set("description", Validate.notNull(description, "description"));
    }

    /** Clears {@code description}: sends it as an explicit null. */
    public Builder clearDescription() {
      return set("description", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public NetworkUpdate build() {
      requireAny("NetworkUpdate");
      return new NetworkUpdate(this);
    }
  }
}
