package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A backup file on the appliance ({@code GET /customizations}): customizations (alerts, dashboards,
 * triggers...) and system resources.
 *
 * @param id the backup's id
 * @param name its name
 * @param auto whether the appliance made it on its own
 * @param recovered whether it was recovered from an earlier firmware
 * @param createTime {@code create_time}: when it was made
 * @param unknownFields every other field, as the server sent it
 */
public record Customization(
    @JsonProperty("id") long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("auto") @Nullable Boolean auto,
    @JsonProperty("recovered") @Nullable Boolean recovered,
    @JsonProperty("create_time") @Nullable Instant createTime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public Customization {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
