package io.netobs.kentik.model;

import io.netobs.kentik.internal.Rules;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A new flow tag: its name and at least one match field. Made by {@link #builder(String)}; the rules the
 * Tag API states are checked by {@link Builder#build()}, before anything is sent.
 *
 * <pre>{@code
 * TagCreate web = TagCreate.builder("web_servers").addr("10.1.0.0/16").port("443").build();
 * }</pre>
 */
public final class TagCreate {
  private final String flowTag;
  private final Map<MatchField, String> matchFields;

  private TagCreate(String flowTag, EnumMap<MatchField, String> matchFields) {
    this.flowTag = flowTag;
    this.matchFields = Collections.unmodifiableMap(matchFields);
  }

  /** A builder for a tag named {@code flowTag} (2-20 letters, digits, hyphens, underscores). */
  public static Builder builder(String flowTag) {
    return new Builder(flowTag);
  }

  /** The tag's name. */
  public String flowTag() {
    return flowTag;
  }

  /** The match fields, none blank. */
  public Map<MatchField, String> matchFields() {
    return matchFields;
  }

  @Override
  public String toString() {
    return "TagCreate[flowTag=" + flowTag + ", matchFields=" + matchFields + "]";
  }

  /** Builds a {@link TagCreate}. */
  public static final class Builder extends MatchFieldsBuilder<Builder> {
    private String flowTag;

    private Builder(String flowTag) {
      this.flowTag = flowTag;
    }

    /** Replaces the tag's name. */
    public Builder flowTag(String flowTag) {
      this.flowTag = flowTag;
      return this;
    }

    /**
     * Checks the Tag API's rules and builds the request.
     *
     * @throws IllegalArgumentException when {@code flow_tag} is not 2-20 letters, digits, hyphens or
     *     underscores, when no match field is set, or when {@code addr} holds more than 249 addresses
     */
    public TagCreate build() {
      Rules.flowTag(flowTag, "flow_tag");
      EnumMap<MatchField, String> used = new EnumMap<>(MatchField.class);
      fields.forEach((field, value) -> {
        if (!value.isBlank()) {
          used.put(field, value);
        }
      });
      if (used.isEmpty()) {
        throw new IllegalArgumentException("a tag needs at least one match field besides flow_tag (addr, port, device_name, ...)");
      }
      Rules.tagAddresses(used.get(MatchField.ADDR), "addr");
      return new TagCreate(flowTag, used);
    }
  }
}
