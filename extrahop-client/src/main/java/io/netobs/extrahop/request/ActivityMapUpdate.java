package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /activitymaps/{id}}. */
public final class ActivityMapUpdate extends RequestBody {
  private ActivityMapUpdate(Builder builder) {
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

  /** Builds a {@link ActivityMapUpdate}. */
  public static final class Builder extends ActivityMapFields<Builder> {
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
    public ActivityMapUpdate build() {
      requireAny("ActivityMapUpdate");
      return new ActivityMapUpdate(this);
    }
  }
}
