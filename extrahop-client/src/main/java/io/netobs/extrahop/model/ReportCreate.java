package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /reports}.
 */
public final class ReportCreate extends CreateRequest<ReportCreate> {
  private ReportCreate() {}

  /** A report named {@code name} (not blank). */
  public static ReportCreate named(String name) {
    return new ReportCreate().name(name);
  }

  /** The name (not blank). */
  public ReportCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public ReportCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** The email subject. */
  public ReportCreate subject(String subject) {
    return set("subject", Validate.notNull(subject, "subject"));
  }

  /** The schedule, as a cron expression. */
  public ReportCreate cron(String cron) {
    return set("cron", Validate.notBlank(cron, "cron"));
  }

  /** The time zone of the schedule, e.g. {@code UTC}. */
  public ReportCreate timezone(String timezone) {
    return set("timezone", Validate.notBlank(timezone, "timezone"));
  }

  /** The unit of the reported time range. */
  public ReportCreate rangeType(String rangeType) {
    return set("range_type", Validate.notBlank(rangeType, "range_type"));
  }

  /** How many units the range covers. */
  public ReportCreate rangeCount(int rangeCount) {
    return set("range_count", Validate.range(rangeCount, 1, 100000, "range_count"));
  }

  /** Whether it is sent. */
  public ReportCreate enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  /** The dashboard the report shows. */
  public ReportCreate dashboardId(long dashboardId) {
    return set("dashboard_id", Validate.positiveId(dashboardId, "dashboard_id"));
  }

  /** The schedule as an object, e.g. {@code {"frequency": "weekly", "day_of_week": 1, "hour": 7, "timezone": "UTC"}}. */
  public ReportCreate schedule(java.util.Map<String, ?> schedule) {
    return set("schedule", Validate.map(schedule, "schedule"));
  }

  @Override
  List<String> requiredFields() {
    return List.of("name");
  }
}
