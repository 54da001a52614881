package io.netobs.kentik.synthetics.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.synthetics.model.SyntheticsTestSettings;
import io.netobs.kentik.synthetics.model.SyntheticsTestStatus;
import java.util.List;

/**
 * The setters shared by {@link SyntheticsTestCreate.Builder} and {@link
 * SyntheticsTestUpdate.Builder}, each checked once, as it is set.
 *
 * @param <B> the concrete builder
 */
public abstract class SyntheticsTestFields<B extends SyntheticsTestFields<B>>
    extends RequestBody.Builder<B> {
  SyntheticsTestFields() {}

  /**
   * Sets {@code name}.
   *
   * @throws IllegalArgumentException when it is null or blank
   */
  public B name(String name) {
    return set("name", Rules.requiredText(name, "name"));
  }

  /**
   * Sets {@code type}: {@code ip}, {@code hostname}, {@code agent}, {@code network_grid}, {@code
   * dns}, {@code dns_grid}, {@code url}, {@code page_load}, {@code network_mesh}, {@code flow}, or
   * a type this SDK does not know.
   *
   * @throws IllegalArgumentException when it is null or blank
   */
  public B type(String type) {
    return set("type", Rules.requiredText(type, "type"));
  }

  /**
   * Sets {@code status}, e.g. {@link SyntheticsTestStatus#ACTIVE}.
   *
   * @throws NullPointerException when it is null
   */
  public B status(SyntheticsTestStatus status) {
    Rules.required(status, "status");
    return set("status", status.value());
  }

  /**
   * Sets {@code settings}: the targets, agents, tasks and thresholds.
   *
   * @throws NullPointerException when it is null
   */
  public B settings(SyntheticsTestSettings settings) {
    return set("settings", Rules.required(settings, "settings"));
  }

  /**
   * Sets {@code labels}.
   *
   * @throws IllegalArgumentException when it is null or holds a blank label
   */
  public B labels(List<String> labels) {
    Rules.required(labels, "labels");
    Rules.noBlankElements(labels, "labels");
    return set("labels", List.copyOf(labels));
  }
}
