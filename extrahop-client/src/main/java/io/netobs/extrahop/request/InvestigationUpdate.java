package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /investigations/{id}}: only the fields set are sent. */
public final class InvestigationUpdate extends RequestBody {
  private InvestigationUpdate(Builder builder) {
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

  /** Builds a {@link InvestigationUpdate}. */
  public static final class Builder extends InvestigationFields<Builder> {
    private Builder() {}

    /** Unassigns the investigation ({@code "assignee": null}). */
    public Builder clearAssignee() {
      return set("assignee", null);
    }

    /** Clears the notes ({@code "notes": null}). */
    public Builder clearNotes() {
      return set("notes", null);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public InvestigationUpdate build() {
      requireAny("InvestigationUpdate");
      return new InvestigationUpdate(this);
    }
  }
}
