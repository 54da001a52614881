package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The analysis priority rules of a sensor ({@code GET /analysispriority/config/{appliance_id}}):
 * which devices get advanced and standard analysis.
 *
 * @param autofillAdvanced whether the sensor fills the remaining advanced analysis capacity itself
 * @param autofillStandard whether the sensor fills the remaining standard analysis capacity itself
 * @param advancedRules the groups whose devices get advanced analysis, in priority order
 * @param standardRules the groups whose devices get standard analysis, in priority order
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record AnalysisPriorityConfig(
    @JsonProperty("autofill_advanced") @Nullable Boolean autofillAdvanced,
    @JsonProperty("autofill_standard") @Nullable Boolean autofillStandard,
    @JsonProperty("advanced_rules") List<AnalysisPriorityRule> advancedRules,
    @JsonProperty("standard_rules") List<AnalysisPriorityRule> standardRules,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones (or JSON null) become empty. */
  public AnalysisPriorityConfig {
    advancedRules = Copies.list(advancedRules);
    standardRules = Copies.list(standardRules);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
