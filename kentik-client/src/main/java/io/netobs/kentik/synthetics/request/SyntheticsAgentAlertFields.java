package io.netobs.kentik.synthetics.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import java.util.List;

/**
 * The setters shared by {@link SyntheticsAgentAlertCreate.Builder} and {@link
 * SyntheticsAgentAlertUpdate.Builder}, each checked once, as it is set.
 *
 * @param <B> the concrete builder
 */
public abstract class SyntheticsAgentAlertFields<B extends SyntheticsAgentAlertFields<B>>
    extends RequestBody.Builder<B> {
  SyntheticsAgentAlertFields() {}

  /**
   * Sets {@code thresholdSeconds}: how long the agent may be silent before the alert fires.
   *
   * @throws IllegalArgumentException when it is negative
   */
  public B thresholdSeconds(long thresholdSeconds) {
    if (thresholdSeconds < 0) {
      throw new IllegalArgumentException(
          "thresholdSeconds must not be negative, got " + thresholdSeconds);
    }
    return set("thresholdSeconds", Long.toString(thresholdSeconds));
  }

  /**
   * Sets {@code notificationChannelIds}, the channels notified.
   *
   * @throws IllegalArgumentException when it is null or holds a blank id
   */
  public B notificationChannelIds(List<String> notificationChannelIds) {
    Rules.required(notificationChannelIds, "notificationChannelIds");
    Rules.noBlankElements(notificationChannelIds, "notificationChannelIds");
    return set("notificationChannelIds", List.copyOf(notificationChannelIds));
  }
}
