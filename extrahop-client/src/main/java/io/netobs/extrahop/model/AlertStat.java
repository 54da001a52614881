package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An additional statistic of an alert ({@code GET /alerts/{id}/stats}).
 *
 * @param id the statistic's id, when sent
 * @param statName the statistic
 * @param fieldName the metric
 * @param fieldName2 the second metric of a ratio
 * @param fieldOp the ratio operator
 * @param units the unit
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record AlertStat(
    @JsonProperty("id") @Nullable Long id,
    @JsonProperty("stat_name") @Nullable String statName,
    @JsonProperty("field_name") @Nullable String fieldName,
    @JsonProperty("field_name2") @Nullable String fieldName2,
    @JsonProperty("field_op") @Nullable String fieldOp,
    @JsonProperty("units") @Nullable String units,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public AlertStat {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
