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
 * What a tuning rule would hide, were it created: the answer of {@code POST
 * /detections/rules/hiding/preview} (firmware 26.3).
 *
 * @param total how many detection log entries the rule matches, when sent
 * @param results the first matching detection log entries (at most the preview limit asked for),
 *     each a map of its JSON fields
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record TuningRulePreview(
    @JsonProperty("total") @Nullable Long total,
    @JsonProperty("results") List<Map<String, @Nullable Object>> results,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public TuningRulePreview {
    results = Copies.list(results);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
