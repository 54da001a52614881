package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rule of an analysis priority list: a group whose devices get a level of analysis.
 *
 * @param type what {@code objectId} names: {@code device_group} or {@code activity_group}
 * @param objectId the id of the group
 * @param description a description
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record AnalysisPriorityRule(
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("object_id") @Nullable Long objectId,
    @JsonProperty("description") @Nullable String description,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public AnalysisPriorityRule {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
