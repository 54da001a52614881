package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A detection tuning rule: detections it matches are hidden ({@code /detections/rules/hiding}).
 *
 * @param id the rule's id
 * @param modTime when the rule was last modified, when sent
 * @param description the description
 * @param detectionTypes the detection types the rule applies to
 * @param enabled whether the rule is enabled
 * @param expiration when the rule expires; null when it does not
 * @param offender the offender the rule applies to: the text {@code "Any"}, or the participant as a
 *     map of its JSON fields
 * @param victim the victim the rule applies to, in the same form as {@code offender}
 * @param properties the property filters, each a map of its JSON fields
 * @param author the user who made the rule, when sent
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record TuningRule(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("detection_types") List<String> detectionTypes,
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonProperty("expiration") @Nullable Instant expiration,
    @JsonProperty("offender") @Nullable Object offender,
    @JsonProperty("victim") @Nullable Object victim,
    @JsonProperty("properties") List<Map<String, @Nullable Object>> properties,
    @JsonProperty("author") @Nullable String author,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty; an expiration of 0 becomes null. */
  public TuningRule {
    detectionTypes = Copies.list(detectionTypes);
    properties = Copies.list(properties);
    unknownFields = UnknownFields.copyOf(unknownFields);
    if (expiration != null && expiration.toEpochMilli() == 0) {
      expiration = null;
    }
  }
}
