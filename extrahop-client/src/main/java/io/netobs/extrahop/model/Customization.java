package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Models;
import java.time.Instant;
import java.util.Map;

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
    @JsonProperty("name") String name,
    @JsonProperty("auto") Boolean auto,
    @JsonProperty("recovered") Boolean recovered,
    @JsonProperty("create_time") Instant createTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public Customization {
    unknownFields = Models.copy(unknownFields);
  }
}
