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
 * An investigation: detections gathered for one piece of work ({@code /investigations}).
 *
 * @param id the investigation's id
 * @param modTime when the investigation was last modified, when sent
 * @param name the name
 * @param status the status, or null
 * @param assessment the assessment, or null
 * @param assignee the user assigned, or null
 * @param notes the notes, or null
 * @param detectionIds the ids of the detections in the investigation
 * @param creationTime when it was created
 * @param updateTime when it was last updated
 * @param isUserCreated whether a user created it (rather than the appliance)
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Investigation(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("status") @Nullable InvestigationStatus status,
    @JsonProperty("assessment") @Nullable InvestigationAssessment assessment,
    @JsonProperty("assignee") @Nullable String assignee,
    @JsonProperty("notes") @Nullable String notes,
    @JsonProperty("event_ids") List<Long> detectionIds,
    @JsonProperty("creation_time") @Nullable Instant creationTime,
    @JsonProperty("update_time") @Nullable Instant updateTime,
    @JsonProperty("is_user_created") @Nullable Boolean isUserCreated,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Investigation {
    detectionIds = Copies.list(detectionIds);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
