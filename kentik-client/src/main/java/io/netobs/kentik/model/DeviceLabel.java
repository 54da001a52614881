package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A device label, as the Device Label API answers it (bare objects) and as devices embed it. The
 * label API names its dates {@code created_date} and {@code updated_date} and lists the devices
 * carrying the label; labels inside a device answer name them {@code cdate} and {@code edate} and
 * list no devices. Both decode into this record.
 *
 * @param id the label's id
 * @param name the label's name
 * @param color its colour, {@code #RRGGBB}
 * @param userId the id of the user who made it, as text; null for some labels
 * @param companyId the customer's id, as text
 * @param devices the devices carrying the label; empty inside a device answer
 * @param createdDate when it was created ({@code created_date} or {@code cdate}); null when absent
 * @param updatedDate when it last changed ({@code updated_date} or {@code edate}); null when absent
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record DeviceLabel(
    long id,
    @Nullable String name,
    @Nullable String color,
    @JsonProperty("user_id") @Nullable String userId,
    @JsonProperty("company_id") @Nullable String companyId,
    List<LabelledDevice> devices,
    @JsonProperty("created_date") @JsonAlias("cdate") @Nullable Instant createdDate,
    @JsonProperty("updated_date") @JsonAlias("edate") @Nullable Instant updatedDate,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public DeviceLabel {
    devices = Maps.list(devices);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
