package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /tags}. */
public final class TagCreate extends RequestBody {
  private TagCreate(Builder builder) {
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

  /** Builds a {@link TagCreate}. */
  public static final class Builder extends TagFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name} is not set
     */
    public TagCreate build() {
      require("TagCreate", "name");
      return new TagCreate(this);
    }
  }
}
