package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A device, application or address taking part in a detection.
 *
 * @param id the participant's id within the detection (what {@code PATCH /detections/{id}} names a
 *     participant by), or null
 * @param role the participant's role ({@code offender}, {@code victim})
 * @param objectType what the participant is: {@code device}, {@code application}, {@code ipaddr}
 *     ...
 * @param objectId the id of the device or application, or null for an address
 * @param objectValue the address (or other value) of a participant that is not an object, or null
 * @param ipaddr the participant's IP address, when the appliance sends it
 * @param hostname the participant's host name, when the appliance sends it
 * @param external whether the participant is outside the network
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record DetectionParticipant(
    @JsonProperty("id") @Nullable Long id,
    @JsonProperty("role") @Nullable ParticipantRole role,
    @JsonProperty("object_type") @Nullable String objectType,
    @JsonProperty("object_id") @Nullable Long objectId,
    @JsonProperty("object_value") @Nullable String objectValue,
    @JsonProperty("ipaddr") @Nullable String ipaddr,
    @JsonProperty("hostname") @Nullable String hostname,
    @JsonProperty("external") @Nullable Boolean external,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public DetectionParticipant {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** Whether this participant is the offender. */
  public boolean isOffender() {
    return ParticipantRole.OFFENDER.equals(role);
  }

  /** Whether this participant is a victim. */
  public boolean isVictim() {
    return ParticipantRole.VICTIM.equals(role);
  }
}
