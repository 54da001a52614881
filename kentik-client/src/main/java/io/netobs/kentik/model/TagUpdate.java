package io.netobs.kentik.model;

import io.netobs.kentik.internal.Rules;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The changes to make to a flow tag: only the fields set here are sent, as the Tag API asks. An empty
 * string (or {@link Builder#clear(MatchField)}) clears a match field on the server.
 *
 * <pre>{@code
 * client.flowTags().update(664, TagUpdate.builder().port("700").clear(MatchField.DEVICE_NAME).build());
 * }</pre>
 */
public final class TagUpdate {
  private final String flowTag;
  private final Map<MatchField, String> matchFields;

  private TagUpdate(String flowTag, EnumMap<MatchField, String> matchFields) {
    this.flowTag = flowTag;
    this.matchFields = Collections.unmodifiableMap(matchFields);
  }

  public static Builder builder() {
    return new Builder();
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
    return "TagUpdate[flowTag=" + flowTag + ", matchFields=" + matchFields + "]";
  }

  /** Builds a {@link TagUpdate}. */
  public static final class Builder extends MatchFieldsBuilder<Builder> {
    private String flowTag;

    private Builder() {}

    /** Renames the tag. */
    public Builder flowTag(String flowTag) {
      this.flowTag = flowTag;
      return this;
    }

    /** Clears a match field on the server (sends it as an empty string). */
    public Builder clear(MatchField field) {
      return match(field, "");
    }

    /**
     * Checks the Tag API's rules and builds the request.
     *
     * @throws IllegalArgumentException when nothing changes, when a new {@code flow_tag} breaks the naming
     *     rule, or when {@code addr} holds more than 249 addresses
     */
    public TagUpdate build() {
      if (flowTag != null) {
        Rules.flowTag(flowTag, "flow_tag");
      }
      if (flowTag == null && fields.isEmpty()) {
        throw new IllegalArgumentException("a tag update must change at least one field");
      }
      Rules.tagAddresses(fields.get(MatchField.ADDR), "addr");
      return new TagUpdate(flowTag, new EnumMap<>(fields));
    }
  }
}
