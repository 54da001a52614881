package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;
import java.util.List;

/** The body of {@code POST /activitymaps}. */
public final class ActivityMapCreate extends RequestBody {
  private ActivityMapCreate(Builder builder) {
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

  /** Builds a {@link ActivityMapCreate}. */
  public static final class Builder extends ActivityMapFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name}, {@code walks} is not set
     */
    public ActivityMapCreate build() {
      require("ActivityMapCreate", "name", "walks");
      if (((List<?>) get("walks")).isEmpty()) {
        throw new IllegalArgumentException("walks must contain at least one walk");
      }
      return new ActivityMapCreate(this);
    }
  }
}
