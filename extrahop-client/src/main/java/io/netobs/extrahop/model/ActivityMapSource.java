package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Validate;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A starting point or a peer filter of an activity map walk: a device, a device group, an activity
 * group, or every device.
 *
 * @param objectType {@code device}, {@code device_group}, {@code activity_group} or {@code
 *     all_devices}
 * @param objectId the object's id (null for {@code all_devices})
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapSource(
    @JsonProperty("object_type") @Nullable String objectType,
    @JsonProperty("object_id") @Nullable Long objectId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapSource {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** A builder of a source to send in a walk; {@code objectType} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this source's type and id, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.objectType = objectType;
    b.objectId = objectId;
    return b;
  }

  /** Builds an {@link ActivityMapSource}. */
  public static final class Builder {
    private String objectType;
    private Long objectId;

    private Builder() {}

    /**
     * {@code device}, {@code device_group}, {@code activity_group} or {@code all_devices} (not
     * blank).
     */
    public Builder objectType(String objectType) {
      this.objectType = Validate.notBlank(objectType, "object_type");
      return this;
    }

    /** The object's id (positive); not set for {@code all_devices}. */
    public Builder objectId(long objectId) {
      this.objectId = Validate.positiveId(objectId, "id");
      return this;
    }

    /**
     * The source.
     *
     * @throws IllegalArgumentException when {@code objectType} is missing
     */
    public ActivityMapSource build() {
      Validate.notBlank(objectType, "object_type");
      return new ActivityMapSource(objectType, objectId, Map.of());
    }
  }
}
