package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A populator of a custom dimension as the Custom Dimension API returns it: the value put into the
 * dimension's column when a flow matches all of the populator's match fields.
 *
 * <p>Build requests with {@link io.netobs.kentik.request.PopulatorCreate} and {@link
 * io.netobs.kentik.request.PopulatorUpdate}.
 *
 * @param id the populator's id
 * @param dimensionId the id of the custom dimension it belongs to
 * @param value the value written into the dimension's column on a match
 * @param direction the side of the flow that direction-specific fields are matched against; values
 *     the SDK does not know are kept ({@link Direction#isKnown()})
 * @param matchValues the match fields as the server sent them ({@link MatchField} lists them)
 * @param user the id of the user who created it (a string or a number on the wire)
 * @param createdDate when it was created; null when the answer carried none
 * @param updatedDate when it was last changed; null when the answer carried none
 * @param companyId the customer's id (a string on the wire)
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record Populator(
    long id,
    @JsonProperty("dimension_id") long dimensionId,
    @JsonProperty("value") @Nullable String value,
    @JsonProperty("direction") @Nullable Direction direction,
    MatchValues matchValues,
    @JsonProperty("user") @Nullable String user,
    @JsonProperty("created_date") @Nullable Instant createdDate,
    @JsonProperty("updated_date") @Nullable Instant updatedDate,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Keeps the unknown fields; missing match values become an empty set of them. */
  public Populator {
    matchValues = matchValues == null ? MatchValues.of(Map.of()) : matchValues;
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * Decodes the JSON object: the match fields, which the service sends at the top level among the
   * others, go into {@link #matchValues()}.
   */
  @JsonCreator
  static Populator fromJson(
      @JsonProperty("id") long id,
      @JsonProperty("dimension_id") long dimensionId,
      @JsonProperty("value") String value,
      @JsonProperty("direction") Direction direction,
      @JsonProperty("user") String user,
      @JsonProperty("created_date") Instant createdDate,
      @JsonProperty("updated_date") Instant updatedDate,
      @JsonProperty("company_id") String companyId,
      @JsonAnySetter Map<String, @Nullable Object> unknownFields) {
    Map<String, @Nullable Object> others =
        new LinkedHashMap<>(unknownFields == null ? Map.of() : unknownFields);
    return new Populator(
        id,
        dimensionId,
        value,
        direction,
        MatchValues.take(others),
        user,
        createdDate,
        updatedDate,
        companyId,
        others);
  }

  /** The value of one match field as sent by the server (null when absent). */
  public @Nullable String match(MatchField field) {
    return matchValues.get(field);
  }

  /**
   * The match fields this populator uses: those neither null nor blank, in {@link MatchField}
   * order.
   */
  public Map<MatchField, String> matchFields() {
    return matchValues.used();
  }
}
