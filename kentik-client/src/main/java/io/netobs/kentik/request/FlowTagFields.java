package io.netobs.kentik.request;

import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.MatchField;

/**
 * The setters shared by {@link FlowTagCreate.Builder} and {@link FlowTagUpdate.Builder}: the tag's
 * name and its match fields, each checked once, as it is set.
 *
 * @param <B> the concrete builder
 */
public abstract class FlowTagFields<B extends FlowTagFields<B>> extends MatchFieldsBuilder<B> {
  FlowTagFields() {}

  /**
   * Sets {@code flow_tag}, the tag's name.
   *
   * @throws IllegalArgumentException when it is not 2-20 letters, digits, hyphens or underscores
   */
  public B flowTag(String flowTag) {
    return set("flow_tag", Rules.flowTag(flowTag, "flow_tag"));
  }

  /** A tag's {@code addr} holds at most 249 addresses. */
  @Override
  void check(MatchField field, String value) {
    if (field == MatchField.ADDR) {
      Rules.tagAddresses(value, "addr");
    }
  }
}
