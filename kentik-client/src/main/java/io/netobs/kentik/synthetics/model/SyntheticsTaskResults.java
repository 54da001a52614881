package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The results of one task (ping, HTTP or DNS) of one agent; the other task kinds are kept in {@code
 * unknownFields}.
 *
 * @param ping the ping results, or null
 * @param http the HTTP results, or null
 * @param dns the DNS results, or null
 * @param health the task's health
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsTaskResults(
    @Nullable SyntheticsPingResults ping,
    @Nullable SyntheticsHttpResults http,
    @Nullable SyntheticsDnsResults dns,
    @Nullable String health,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsTaskResults {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
