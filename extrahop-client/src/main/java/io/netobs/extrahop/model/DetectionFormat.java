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
 * A detection format: a detection type, built in or custom ({@code /detections/formats}).
 *
 * @param type the type's identifier, such as {@code brute_force}
 * @param displayName the name shown on the Detections page
 * @param author the author, for a custom format
 * @param categories the categories of detections of this type
 * @param mitreCategories the ids of the MITRE techniques of the type
 * @param isBuiltIn whether the format is built in (built-in formats cannot be changed or deleted),
 *     when sent
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record DetectionFormat(
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("author") @Nullable String author,
    @JsonProperty("categories") List<String> categories,
    @JsonProperty("mitre_categories") List<String> mitreCategories,
    @JsonProperty("is_built_in") @Nullable Boolean isBuiltIn,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public DetectionFormat {
    categories = Copies.list(categories);
    mitreCategories = Copies.list(mitreCategories);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
