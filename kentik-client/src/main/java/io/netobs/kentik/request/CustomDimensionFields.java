package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;

/**
 * The setter shared by {@link CustomDimensionCreate.Builder} and {@link
 * CustomDimensionUpdate.Builder}: the display name, the one thing an update can change, checked
 * once, as it is set.
 *
 * @param <B> the concrete builder
 */
public abstract class CustomDimensionFields<B extends CustomDimensionFields<B>>
    extends RequestBody.Builder<B> {
  CustomDimensionFields() {}

  /**
   * Sets {@code display_name}, the name shown in the portal.
   *
   * @throws IllegalArgumentException unless it is 2-30 letters, digits, spaces, dashes or
   *     underscores
   */
  public B displayName(String displayName) {
    return set("display_name", Rules.displayName(displayName, "display_name"));
  }
}
