package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The results of one test at one time: its health overall and per agent.
 *
 * @param testId the test
 * @param time the time of the results
 * @param health {@code healthy}, {@code warning}, {@code critical} or another value sent
 * @param agents the results per agent
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsTestResults(
    @Nullable String testId,
    @Nullable Instant time,
    @Nullable String health,
    List<SyntheticsAgentResults> agents,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsTestResults {
    agents = Maps.list(agents);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
