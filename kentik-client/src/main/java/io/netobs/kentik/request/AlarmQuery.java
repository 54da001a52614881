package io.netobs.kentik.request;

import io.netobs.kentik.internal.Rules;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /alerts-active/alarms} and {@code GET /alerts-active/alerts-history} read: a time
 * window, an optional filter ({@code filterBy} and {@code filterVal}), a sort order (history only)
 * and four flags. Immutable; made by a {@link Builder}.
 *
 * <pre>{@code
 * AlarmQuery lastDay = AlarmQuery.builder()
 *     .start(Instant.now().minus(Duration.ofDays(1)))
 *     .end(Instant.now())
 *     .filterBy("alert_key").filterVal("443")
 *     .build();
 * }</pre>
 *
 * <p>Times are sent as the API takes them, {@code YYYY-MM-DDTHH:MM:SS} in UTC, without a zone. The
 * flags are sent as {@code 1} or {@code 0}, every time, with the portal's defaults when not set:
 * mitigations and alarms shown, matches and learning-mode alarms not.
 */
public final class AlarmQuery {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Instant start;
  private final Instant end;
  private final String filterBy;
  private final String filterVal;
  private final String sortOrder;
  private final boolean showMitigations;
  private final boolean showAlarms;
  private final boolean showMatches;
  private final boolean learningMode;

  private AlarmQuery(Builder b) {
    this.start = b.start;
    this.end = b.end;
    this.filterBy = b.filterBy;
    this.filterVal = b.filterVal;
    this.sortOrder = b.sortOrder;
    this.showMitigations = b.showMitigations;
    this.showAlarms = b.showAlarms;
    this.showMatches = b.showMatches;
    this.learningMode = b.learningMode;
  }

  /**
   * A builder with nothing set: no time window (the service's default), no filter, the default
   * flags.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's values, to build a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.start = start;
    b.end = end;
    b.filterBy = filterBy;
    b.filterVal = filterVal;
    b.sortOrder = sortOrder;
    b.showMitigations = showMitigations;
    b.showAlarms = showAlarms;
    b.showMatches = showMatches;
    b.learningMode = learningMode;
    return b;
  }

  /**
   * The start of the window, or null when not set.
   *
   * @return the start
   */
  public @Nullable Instant start() {
    return start;
  }

  /**
   * The end of the window, or null when not set.
   *
   * @return the end
   */
  public @Nullable Instant end() {
    return end;
  }

  /**
   * The query parameters of the active-alarms call, in the order sent; those not set are absent.
   *
   * @return an unmodifiable map from parameter name to value
   */
  public Map<String, String> toAlarmsQuery() {
    return toQuery(false);
  }

  /**
   * The query parameters of the alarm-history call, in the order sent ({@code sortOrder} included);
   * those not set are absent.
   *
   * @return an unmodifiable map from parameter name to value
   */
  public Map<String, String> toHistoryQuery() {
    return toQuery(true);
  }

  private Map<String, String> toQuery(boolean history) {
    Map<String, String> query = new LinkedHashMap<>();
    if (start != null) {
      query.put("startTime", TIME.format(start));
    }
    if (end != null) {
      query.put("endTime", TIME.format(end));
    }
    if (filterBy != null) {
      query.put("filterBy", filterBy);
    }
    if (filterVal != null) {
      query.put("filterVal", filterVal);
    }
    if (history && sortOrder != null) {
      query.put("sortOrder", sortOrder);
    }
    query.put("showMitigations", flag(showMitigations));
    query.put("showAlarms", flag(showAlarms));
    query.put("showMatches", flag(showMatches));
    query.put("learningMode", flag(learningMode));
    return Collections.unmodifiableMap(query);
  }

  private static String flag(boolean value) {
    return value ? "1" : "0";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AlarmQuery q && q.toHistoryQuery().equals(toHistoryQuery());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toHistoryQuery());
  }

  @Override
  public String toString() {
    return "AlarmQuery" + toHistoryQuery();
  }

  /** Builds an {@link AlarmQuery}; each setter checks its value at once. */
  public static final class Builder {
    private Instant start;
    private Instant end;
    private String filterBy;
    private String filterVal;
    private String sortOrder;
    private boolean showMitigations = true;
    private boolean showAlarms = true;
    private boolean showMatches;
    private boolean learningMode;

    private Builder() {}

    /**
     * The start of the window ({@code startTime}), sent in UTC to the second.
     *
     * @param start the start
     * @return this builder
     * @throws IllegalArgumentException when it is null
     */
    public Builder start(Instant start) {
      this.start = Rules.required(start, "startTime");
      return this;
    }

    /**
     * The end of the window ({@code endTime}), sent in UTC to the second.
     *
     * @param end the end
     * @return this builder
     * @throws IllegalArgumentException when it is null
     */
    public Builder end(Instant end) {
      this.end = Rules.required(end, "endTime");
      return this;
    }

    /**
     * What {@link #filterVal(String)} is compared with ({@code filterBy}): e.g. {@code alert_key},
     * {@code alert_key_partial}, {@code dimension_key}, {@code alert_id}, {@code alarm_id}, {@code
     * mitigation_id}, {@code old_state}, {@code new_state}, {@code any_state}.
     *
     * @param filterBy the field
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder filterBy(String filterBy) {
      this.filterBy = Rules.requiredText(filterBy, "filterBy");
      return this;
    }

    /**
     * The value the {@link #filterBy(String)} field must have ({@code filterVal}).
     *
     * @param filterVal the value
     * @return this builder
     * @throws IllegalArgumentException when it is null
     */
    public Builder filterVal(String filterVal) {
      this.filterVal = Rules.required(filterVal, "filterVal");
      return this;
    }

    /**
     * The order of the history ({@code sortOrder}): e.g. {@code alert_key}, {@code severity},
     * {@code alarm_id}, {@code alert_id}, {@code alert_value}, {@code alarm_state}, {@code
     * mitigation_id}. Sent with the history only.
     *
     * @param sortOrder the order
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder sortOrder(String sortOrder) {
      this.sortOrder = Rules.requiredText(sortOrder, "sortOrder");
      return this;
    }

    /**
     * Whether mitigations are listed ({@code showMitigations}); default true.
     *
     * @param show whether to show them
     * @return this builder
     */
    public Builder showMitigations(boolean show) {
      this.showMitigations = show;
      return this;
    }

    /**
     * Whether alarms are listed ({@code showAlarms}); default true.
     *
     * @param show whether to show them
     * @return this builder
     */
    public Builder showAlarms(boolean show) {
      this.showAlarms = show;
      return this;
    }

    /**
     * Whether matches (conditions met, not yet alarms) are listed ({@code showMatches}); default
     * false.
     *
     * @param show whether to show them
     * @return this builder
     */
    public Builder showMatches(boolean show) {
      this.showMatches = show;
      return this;
    }

    /**
     * Whether alarms of policies in learning mode are listed ({@code learningMode}); default false.
     *
     * @param show whether to show them
     * @return this builder
     */
    public Builder learningMode(boolean show) {
      this.learningMode = show;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public AlarmQuery build() {
      return new AlarmQuery(this);
    }
  }
}
