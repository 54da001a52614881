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
 * A flow tag as the Tag API returns it. Match fields the tag does not use are null or empty
 * strings, as the server sends them; {@link #matchFields()} gives only those in use.
 *
 * <p>Build requests with {@link io.netobs.kentik.request.FlowTagCreate} and {@link
 * io.netobs.kentik.request.FlowTagUpdate}; this record is what the server answers.
 *
 * @param id the tag's id
 * @param flowTag the tag's name, added to {@code src_flow_tags}/{@code dst_flow_tags} on a match
 * @param matchValues the match fields as the server sent them ({@link MatchField} lists them)
 * @param user the id of the user who created the tag (the live API sends a string)
 * @param createdDate when the tag was created; null when the answer carried none
 * @param updatedDate when the tag was last changed; null when the answer carried none
 * @param companyId the customer's id (a string on the wire, although documented as a number)
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record FlowTag(
    long id,
    @JsonProperty("flow_tag") @Nullable String flowTag,
    MatchValues matchValues,
    @JsonProperty("user") @Nullable String user,
    @JsonProperty("created_date") @Nullable Instant createdDate,
    @JsonProperty("updated_date") @Nullable Instant updatedDate,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Keeps the unknown fields; missing match values become an empty set of them. */
  public FlowTag {
    matchValues = matchValues == null ? MatchValues.of(Map.of()) : matchValues;
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * Decodes the JSON object: the match fields, which the service sends at the top level among the
   * others, go into {@link #matchValues()}.
   */
  @JsonCreator
  static FlowTag fromJson(
      @JsonProperty("id") long id,
      @JsonProperty("flow_tag") String flowTag,
      @JsonProperty("user") String user,
      @JsonProperty("created_date") Instant createdDate,
      @JsonProperty("updated_date") Instant updatedDate,
      @JsonProperty("company_id") String companyId,
      @JsonAnySetter Map<String, @Nullable Object> unknownFields) {
    Map<String, @Nullable Object> others =
        new LinkedHashMap<>(unknownFields == null ? Map.of() : unknownFields);
    return new FlowTag(
        id, flowTag, MatchValues.take(others), user, createdDate, updatedDate, companyId, others);
  }

  /** The value of one match field as sent by the server (null when absent). */
  public @Nullable String match(MatchField field) {
    return matchValues.get(field);
  }

  /** The match fields this tag uses: those neither null nor blank, in {@link MatchField} order. */
  public Map<MatchField, String> matchFields() {
    return matchValues.used();
  }
}
