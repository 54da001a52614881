package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /applications}. */
public final class ApplicationCreate extends RequestBody {
  private ApplicationCreate(Builder builder) {
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

  /** Builds a {@link ApplicationCreate}. */
  public static final class Builder extends ApplicationFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when neither {@code display_name} (current firmware, with
     *     {@code discovery_id}) nor {@code name} (older firmware) is set
     */
    public ApplicationCreate build() {
      if (get("display_name") == null && get("name") == null) {
        throw new IllegalArgumentException(
            "ApplicationCreate: display_name (with discovery_id) or name is required");
      }
      return new ApplicationCreate(this);
    }
  }
}
