package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.model.MatchField;

/**
 * The changes to make to a populator: only the fields set here are sent. An empty string (or {@link
 * Builder#clear(MatchField)}) clears a match field on the server.
 */
public final class PopulatorUpdate extends RequestBody {
  private PopulatorUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for the changes to a populator. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link PopulatorUpdate}. */
  public static final class Builder extends PopulatorFields<Builder> {
    private Builder() {}

    /** Clears a match field on the server (sends it as an empty string). */
    public Builder clear(MatchField field) {
      return match(field, "");
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when nothing changes
     */
    public PopulatorUpdate build() {
      requireAny("PopulatorUpdate");
      return new PopulatorUpdate(this);
    }
  }
}
