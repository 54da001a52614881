package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One item of a report's contents ({@code /reports/{id}/contents}): a dashboard.
 *
 * @param dashboardId the dashboard
 * @param type the item type, as sent
 * @param kind the item kind, as sent by some firmware
 * @param format the format, e.g. {@code pdf}
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ReportContent(
    @JsonProperty("dashboard_id") @Nullable Long dashboardId,
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("kind") @Nullable String kind,
    @JsonProperty("format") @Nullable String format,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ReportContent {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** An item for the dashboard {@code dashboardId}, to send with {@code replaceContents}. */
  public static ReportContent dashboard(long dashboardId) {
    if (dashboardId <= 0) {
      throw new IllegalArgumentException("dashboardId must be a positive id, was " + dashboardId);
    }
    return new ReportContent(dashboardId, null, null, null, Map.of());
  }
}
