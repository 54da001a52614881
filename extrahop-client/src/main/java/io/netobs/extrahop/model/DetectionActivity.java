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
 * One entry of a detection's activity log (sent when the activity log is asked for): one occurrence
 * of what the detection reports, with its own participants and properties.
 *
 * @param startTime when the occurrence started
 * @param endTime when it ended
 * @param participants its participants
 * @param properties its properties
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record DetectionActivity(
    @JsonProperty("start_time") @Nullable Instant startTime,
    @JsonProperty("end_time") @Nullable Instant endTime,
    @JsonProperty("participants") List<DetectionParticipant> participants,
    @JsonProperty("properties") Map<String, @Nullable Object> properties,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public DetectionActivity {
    participants = Copies.list(participants);
    properties = Copies.map(properties);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
