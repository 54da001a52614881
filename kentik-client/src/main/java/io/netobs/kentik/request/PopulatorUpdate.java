package io.netobs.kentik.request;

import io.netobs.kentik.model.MatchField;
import java.util.Map;

/**
 * The changes to make to a populator: only the fields set here are sent. An empty string (or
 * {@link Builder#clear(MatchField)}) clears a match field on the server.
 */
public final class PopulatorUpdate extends BodyRequest {
  private PopulatorUpdate(Map<String, Object> body) {
    super(body);
  }

  /** A builder for the changes to a populator. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return new Builder().copy(this);
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
      return new PopulatorUpdate(changes("populator"));
    }
  }
}
