package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.model.MatchField;

/**
 * The changes to make to a flow tag: only the fields set here are sent, as the Tag API asks. An
 * empty string (or {@link Builder#clear(MatchField)}) clears a match field on the server.
 *
 * <pre>{@code
 * client.flowTags().update(664, FlowTagUpdate.builder().port("700").clear(MatchField.DEVICE_NAME).build());
 * }</pre>
 */
public final class FlowTagUpdate extends RequestBody {
  private FlowTagUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for the changes to a flow tag. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link FlowTagUpdate}. */
  public static final class Builder extends FlowTagFields<Builder> {
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
    public FlowTagUpdate build() {
      requireAny("FlowTagUpdate");
      return new FlowTagUpdate(this);
    }
  }
}
