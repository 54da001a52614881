package io.netobs.kentik.request;

import io.netobs.kentik.model.MatchField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The changes to make to a flow tag: only the fields set here are sent, as the Tag API asks. An empty
 * string (or {@link Builder#clear(MatchField)}) clears a match field on the server.
 *
 * <pre>{@code
 * client.flowTags().update(664, FlowTagUpdate.builder().port("700").clear(MatchField.DEVICE_NAME).build());
 * }</pre>
 */
public final class FlowTagUpdate {
  private final String flowTag;
  private final Map<MatchField, String> matchFields;

  private FlowTagUpdate(String flowTag, EnumMap<MatchField, String> matchFields) {
    this.flowTag = flowTag;
    this.matchFields = Collections.unmodifiableMap(matchFields);
  }

  /** A builder for the changes to a flow tag. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, for a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.flowTag = flowTag;
    b.fields.putAll(matchFields);
    return b;
  }

  /** The new name, when it changes. */
  public Optional<String> flowTag() {
    return Optional.ofNullable(flowTag);
  }

  /** The match fields to change; an empty string clears one. */
  public Map<MatchField, String> matchFields() {
    return matchFields;
  }

  @Override
  public String toString() {
    return "FlowTagUpdate[flowTag=" + flowTag + ", matchFields=" + matchFields + "]";
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
      if (flowTag == null && fields.isEmpty()) {
        throw new IllegalArgumentException("a tag update must change at least one field");
      }
      return new FlowTagUpdate(flowTag, new EnumMap<>(fields));
    }
  }
}
