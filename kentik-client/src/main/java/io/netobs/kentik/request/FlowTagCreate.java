package io.netobs.kentik.request;

import io.netobs.kentik.model.MatchField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A new flow tag: its name and at least one match field. The Tag API's rules are checked as each value
 * is set and by {@link Builder#build()}, before anything is sent.
 *
 * <pre>{@code
 * FlowTagCreate web = FlowTagCreate.builder().flowTag("web_servers").addr("10.1.0.0/16").port("443").build();
 * }</pre>
 */
public final class FlowTagCreate {
  private final String flowTag;
  private final Map<MatchField, String> matchFields;

  private FlowTagCreate(String flowTag, EnumMap<MatchField, String> matchFields) {
    this.flowTag = flowTag;
    this.matchFields = Collections.unmodifiableMap(matchFields);
  }

  /** A builder for a new flow tag. */
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

  /** The tag's name. */
  public String flowTag() {
    return flowTag;
  }

  /** The match fields, none blank, in {@link MatchField} order. */
  public Map<MatchField, String> matchFields() {
    return matchFields;
  }

  @Override
  public String toString() {
    return "FlowTagCreate[flowTag=" + flowTag + ", matchFields=" + matchFields + "]";
  }

  /** Builds a {@link FlowTagCreate}. */
  public static final class Builder extends FlowTagFields<Builder> {
    private Builder() {}

    /**
     * Builds the request; blank match fields are left out.
     *
     * @throws IllegalArgumentException when {@code flow_tag} is missing or no match field is set
     */
    public FlowTagCreate build() {
      if (flowTag == null) {
        throw new IllegalArgumentException("flow_tag is required");
      }
      EnumMap<MatchField, String> used = new EnumMap<>(MatchField.class);
      fields.forEach((field, value) -> {
        if (!value.isBlank()) {
          used.put(field, value);
        }
      });
      if (used.isEmpty()) {
        throw new IllegalArgumentException(
            "a tag needs at least one match field besides flow_tag (addr, port, device_name, ...)");
      }
      return new FlowTagCreate(flowTag, used);
    }
  }
}
