package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /triggers/{id}}. */
public final class TriggerUpdate extends RequestBody {
  private TriggerUpdate(Builder builder) {
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

  /** Builds a {@link TriggerUpdate}. */
  public static final class Builder extends TriggerFields<Builder> {
    private Builder() {}

    /** Clears {@code description}: sends it as an explicit null. */
    public Builder clearDescription() {
      return set("description", null);
    }

    /** Clears {@code hints}: sends it as an explicit null. */
    public Builder clearHints() {
      return set("hints", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public TriggerUpdate build() {
      requireAny("TriggerUpdate");
      return new TriggerUpdate(this);
    }
  }
}
