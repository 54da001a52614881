package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An alert on a synthetics agent: notifies channels when the agent has been silent for a while.
 * Create one with {@link io.netobs.kentik.synthetics.request.SyntheticsAgentAlertCreate}.
 *
 * @param id the alert's id
 * @param thresholdSeconds how long the agent may be silent before the alert fires
 * @param notificationChannelIds the channels notified
 * @param agentId the agent watched
 * @param agentName the agent's name
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsAgentAlert(
    @Nullable String id,
    @Nullable Long thresholdSeconds,
    List<String> notificationChannelIds,
    @Nullable String agentId,
    @Nullable String agentName,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsAgentAlert {
    notificationChannelIds = Maps.list(notificationChannelIds);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
