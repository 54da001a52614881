package io.netobs.extrahop.model;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.internal.Copies;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A starting point or a peer filter of an activity map walk: a device, a device group, an activity
 * group, or every device.
 *
 * @param objectType    {@code device}, {@code device_group}, {@code activity_group} or {@code all_devices}
 * @param objectId      the object's id (null for {@code all_devices})
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapSource(
    @JsonProperty("object_type") String objectType,
    @JsonProperty("object_id") Long objectId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapSource {
    unknownFields = Copies.map(unknownFields);
  }

  /** A device. */
  public static ActivityMapSource device(long id) {
    return new ActivityMapSource("device", Validate.positiveId(id, "id"), Map.of());
  }

  /** A device group. */
  public static ActivityMapSource deviceGroup(long id) {
    return new ActivityMapSource("device_group", Validate.positiveId(id, "id"), Map.of());
  }

  /** An activity group (the devices speaking a protocol). */
  public static ActivityMapSource activityGroup(long id) {
    return new ActivityMapSource("activity_group", Validate.positiveId(id, "id"), Map.of());
  }

  /** Every device that can start a walk. */
  public static ActivityMapSource allDevices() {
    return new ActivityMapSource("all_devices", null, Map.of());
  }
}
