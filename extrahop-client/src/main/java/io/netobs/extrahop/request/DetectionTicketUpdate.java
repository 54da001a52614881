package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * One ticket of {@code PATCH /detections/tickets}, for an appliance whose detections are tracked in
 * an external ticketing system: the ticket's id and the fields to set on every detection it tracks.
 */
public final class DetectionTicketUpdate extends RequestBody {
  private DetectionTicketUpdate(Builder builder) {
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

  /** Builds a {@link DetectionTicketUpdate}. */
  public static final class Builder extends DetectionTicketFields<Builder> {
    private Builder() {}

    /**
     * The ticket.
     *
     * @throws IllegalArgumentException when {@code ticket_id} is not set
     */
    public DetectionTicketUpdate build() {
      require("DetectionTicketUpdate", "ticket_id");
      return new DetectionTicketUpdate(this);
    }
  }
}
