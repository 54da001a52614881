package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /tags/{id}}: only the fields set are sent. */
public final class TagUpdate extends RequestBody {
  private TagUpdate(Builder builder) {
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

  /** Builds a {@link TagUpdate}. */
  public static final class Builder extends TagFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public TagUpdate build() {
      requireAny("TagUpdate");
      return new TagUpdate(this);
    }
  }
}
