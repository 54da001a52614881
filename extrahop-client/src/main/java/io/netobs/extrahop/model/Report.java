package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled report: a PDF of a dashboard sent by email ({@code /reports}, Command appliances
 * only).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param description a description
 * @param owner who owns it
 * @param author who created it
 * @param subject the email subject
 * @param cron the schedule, as a cron expression
 * @param timezone the time zone of the schedule
 * @param rangeType the unit of the reported time range
 * @param rangeCount how many units the range covers
 * @param enabled whether it is sent
 * @param dashboardId the dashboard the report shows
 * @param schedule the schedule, on firmware that sends one as an object
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Report(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("owner") @Nullable String owner,
    @JsonProperty("author") @Nullable String author,
    @JsonProperty("subject") @Nullable String subject,
    @JsonProperty("cron") @Nullable String cron,
    @JsonProperty("timezone") @Nullable String timezone,
    @JsonProperty("range_type") @Nullable String rangeType,
    @JsonProperty("range_count") @Nullable Integer rangeCount,
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonProperty("dashboard_id") @Nullable Long dashboardId,
    @JsonProperty("schedule") Map<String, @Nullable Object> schedule,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Report {
    schedule = Copies.map(schedule);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
