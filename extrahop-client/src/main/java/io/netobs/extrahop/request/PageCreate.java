package io.netobs.extrahop.request;



/**
 * The body of {@code POST /pages}.
 */
public final class PageCreate extends RequestBody {
  private PageCreate(Builder builder) {
    super(builder);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's fields, to build a variant. */
  public Builder toBuilder() {
    return new Builder().copyOf(this);
  }

  /** Builds a {@link PageCreate}. */
  public static final class Builder extends PageFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name} is not set
     */
    public PageCreate build() {
      require("PageCreate", "name");
      return new PageCreate(this);
    }
  }
}
