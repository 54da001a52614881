package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PATCH /detections/{id}}: only the fields set are sent.
 *
 * <pre>{@code
 * DetectionUpdate.builder().assignee("ana").status(DetectionStatus.IN_PROGRESS).ticketId("SOC-42").build()
 * }</pre>
 */
public final class DetectionUpdate extends RequestBody {
  private DetectionUpdate(Builder builder) {
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

  /** Builds a {@link DetectionUpdate}. */
  public static final class Builder extends DetectionTicketFields<Builder> {
    private Builder() {}

    /** Unlinks the detection from its ticket ({@code "ticket_id": null}). */
    public Builder clearTicketId() {
      return set("ticket_id", null);
    }

    /**
     * Changes fields of existing participants ({@code participants}): each map names a participant
     * by its {@code id} and holds the fields to change, such as {@code {"id": 3, "external":
     * true}}. Participants cannot be added.
     */
    public Builder participants(List<Map<String, Object>> participants) {
      Validate.list(participants, "participants");
      for (Map<String, Object> p : participants) {
        if (!p.containsKey("id")) {
          throw new IllegalArgumentException("participants: each participant must have its id");
        }
      }
      return set("participants", List.copyOf(participants));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public DetectionUpdate build() {
      requireAny("DetectionUpdate");
      return new DetectionUpdate(this);
    }
  }
}
