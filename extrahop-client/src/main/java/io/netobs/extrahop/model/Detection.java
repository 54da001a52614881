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
 * A detection: something the appliance's analysis found ({@code /detections}).
 *
 * <p>When the activity log is asked for, the appliance sends {@link #activityLog()} and leaves the
 * top-level participants and properties out; they are then empty here.
 *
 * @param id the detection's id
 * @param modTime when the detection was last modified (by the appliance or a user)
 * @param createTime when the detection was created, when sent
 * @param startTime when what the detection reports started
 * @param endTime when it ended (for an ongoing detection, the latest time seen)
 * @param updateTime when what the detection reports last occurred
 * @param title the title
 * @param description the description (Markdown)
 * @param type the detection type, such as {@code brute_force}; see the detection formats
 * @param categories the categories, such as {@code sec} and {@code sec.attack}, or {@code perf}
 * @param riskScore the risk score (1 to 99), or null for a detection without one
 * @param status the status, or null (shown as Open)
 * @param resolution the resolution, or null
 * @param assignee the user the detection is assigned to, or null
 * @param ticketId the id of the ticket tracking the detection, or null
 * @param ticketUrl the link to that ticket, or null
 * @param participants the devices, applications and addresses involved
 * @param properties the type-specific properties
 * @param mitreTactics the MITRE tactics the detection is mapped to
 * @param mitreTechniques the MITRE techniques the detection is mapped to
 * @param applianceId the id of the appliance that made the detection
 * @param isUserCreated whether a user created the detection
 * @param recommended whether the detection is recommended for triage (consoles only), or null
 * @param activityLog the activity log, when asked for; else empty
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Detection(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("create_time") @Nullable Instant createTime,
    @JsonProperty("start_time") @Nullable Instant startTime,
    @JsonProperty("end_time") @Nullable Instant endTime,
    @JsonProperty("update_time") @Nullable Instant updateTime,
    @JsonProperty("title") @Nullable String title,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("categories") List<String> categories,
    @JsonProperty("risk_score") @Nullable Integer riskScore,
    @JsonProperty("status") @Nullable DetectionStatus status,
    @JsonProperty("resolution") @Nullable DetectionResolution resolution,
    @JsonProperty("assignee") @Nullable String assignee,
    @JsonProperty("ticket_id") @Nullable String ticketId,
    @JsonProperty("ticket_url") @Nullable String ticketUrl,
    @JsonProperty("participants") List<DetectionParticipant> participants,
    @JsonProperty("properties") Map<String, @Nullable Object> properties,
    @JsonProperty("mitre_tactics") List<MitreReference> mitreTactics,
    @JsonProperty("mitre_techniques") List<MitreReference> mitreTechniques,
    @JsonProperty("appliance_id") @Nullable Long applianceId,
    @JsonProperty("is_user_created") @Nullable Boolean isUserCreated,
    @JsonProperty("recommended") @Nullable Boolean recommended,
    @JsonProperty("activity_log") List<DetectionActivity> activityLog,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Detection {
    categories = Copies.list(categories);
    participants = Copies.list(participants);
    properties = Copies.map(properties);
    mitreTactics = Copies.list(mitreTactics);
    mitreTechniques = Copies.list(mitreTechniques);
    activityLog = Copies.list(activityLog);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** The participants whose role is offender (usually one). */
  public List<DetectionParticipant> offenders() {
    return participants.stream().filter(DetectionParticipant::isOffender).toList();
  }

  /** The participants whose role is victim. */
  public List<DetectionParticipant> victims() {
    return participants.stream().filter(DetectionParticipant::isVictim).toList();
  }

  /** Whether the detection is in the security category ({@code sec} or one under it). */
  public boolean isSecurity() {
    return categories.stream().anyMatch(c -> c.equals("sec") || c.startsWith("sec."));
  }
}
