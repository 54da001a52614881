package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A time window in which alerts are suppressed ({@code /exclusionintervals}). {@code start} and
 * {@code end} are seconds: since the epoch for one-time intervals, after midnight for daily ones,
 * after Monday midnight for weekly ones.
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param author who created it
 * @param description a description
 * @param start the start, in seconds (see above)
 * @param end the end, in seconds (see above)
 * @param intervalType how it repeats
 * @param alertApplyAll whether it applies to every alert
 * @param trendApplyAll whether it applies to every trend
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ExclusionInterval(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("author") @Nullable String author,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("start") @Nullable Long start,
    @JsonProperty("end") @Nullable Long end,
    @JsonProperty("interval_type") @Nullable ExclusionIntervalType intervalType,
    @JsonProperty("alert_apply_all") @Nullable Boolean alertApplyAll,
    @JsonProperty("trend_apply_all") @Nullable Boolean trendApplyAll,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ExclusionInterval {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
