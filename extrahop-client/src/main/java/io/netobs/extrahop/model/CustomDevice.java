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
 * A custom device defined by rules ({@code /customdevices}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param author who created it
 * @param description a description
 * @param disabled whether it is inactive
 * @param extrahopId the unique id derived from the name
 * @param criteria its rules, when asked for
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record CustomDevice(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("author") @Nullable String author,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("disabled") @Nullable Boolean disabled,
    @JsonProperty("extrahop_id") @Nullable String extrahopId,
    @JsonProperty("criteria") List<CustomDeviceCriterion> criteria,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public CustomDevice {
    criteria = Copies.list(criteria);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
