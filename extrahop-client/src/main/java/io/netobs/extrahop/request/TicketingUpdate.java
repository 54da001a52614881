package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code PATCH /extrahop/ticketing}: only the fields set are sent. Fields this release
 * has no setter for are sent with {@link RequestBody.Builder#field(String, Object) field(name,
 * value)}.
 */
public final class TicketingUpdate extends RequestBody {
  private TicketingUpdate(Builder builder) {
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

  /** Builds a {@link TicketingUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** Whether ticket tracking of detections is on. */
    public Builder enabled(boolean enabled) {
      return set("enabled", enabled);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public TicketingUpdate build() {
      requireAny("TicketingUpdate");
      return new TicketingUpdate(this);
    }
  }
}
