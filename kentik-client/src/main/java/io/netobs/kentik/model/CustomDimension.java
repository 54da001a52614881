package io.netobs.kentik.model;

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
 * A custom dimension as the Custom Dimension API returns it, with its populators.
 *
 * @param id the dimension's id
 * @param name the name used by the system and in SQL ({@code c_...})
 * @param displayName the name shown in the portal
 * @param type the type of its values; unknown types are kept ({@link DimensionType#isKnown()})
 * @param populators its populators; empty (never null) when the answer carried none, as an update
 *     answer does
 * @param createdDate when it was created; null when the answer carried none
 * @param updatedDate when it was last changed; null when the answer carried none
 * @param companyId the customer's id (a string on the wire)
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record CustomDimension(
    long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("display_name") @Nullable String displayName,
    @JsonProperty("type") @Nullable DimensionType type,
    @JsonProperty("populators") List<Populator> populators,
    @JsonProperty("created_date") @Nullable Instant createdDate,
    @JsonProperty("updated_date") @Nullable Instant updatedDate,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public CustomDimension {
    populators = Maps.list(populators);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
