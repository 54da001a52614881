package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import io.netobs.http.internal.Checks;
import java.util.Map;

/**
 * The setters shared by {@link ReportCreate} and {@link ReportUpdate}: each field's setter and its
 * check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class ReportFields<B extends ReportFields<B>> extends RequestBody.Builder<B> {
  ReportFields() {}

  /** The name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** The email subject. */
  public B subject(String subject) {
    return set("subject", Validate.notNull(subject, "subject"));
  }

  /** The schedule, as a cron expression. */
  public B cron(String cron) {
    return set("cron", Validate.notBlank(cron, "cron"));
  }

  /** The time zone of the schedule, e.g. {@code UTC}. */
  public B timezone(String timezone) {
    return set("timezone", Validate.notBlank(timezone, "timezone"));
  }

  /** The unit of the reported time range. */
  public B rangeType(String rangeType) {
    return set("range_type", Validate.notBlank(rangeType, "range_type"));
  }

  /** How many units the range covers. */
  public B rangeCount(int rangeCount) {
    return set("range_count", Checks.atLeast(rangeCount, 1, "range_count"));
  }

  /** Whether it is sent. */
  public B enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  /** The dashboard the report shows. */
  public B dashboardId(long dashboardId) {
    return set("dashboard_id", Validate.positiveId(dashboardId, "dashboard_id"));
  }

  /**
   * The schedule as an object, e.g. {@code {"frequency": "weekly", "day_of_week": 1, "hour": 7,
   * "timezone": "UTC"}}.
   */
  public B schedule(Map<String, ?> schedule) {
    return set("schedule", Validate.map(schedule, "schedule"));
  }
}
