package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code POST /investigations}. */
public final class InvestigationCreate extends RequestBody {
  private InvestigationCreate(Builder builder) {
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

  /** Builds a {@link InvestigationCreate}. */
  public static final class Builder extends InvestigationFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when a required field is not set
     */
    public InvestigationCreate build() {
      require("InvestigationCreate", "name");
      return new InvestigationCreate(this);
    }
  }
}
