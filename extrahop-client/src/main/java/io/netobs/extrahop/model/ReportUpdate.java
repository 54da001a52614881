package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /reports/{id}}.
 */
public final class ReportUpdate extends UpdateRequest<ReportUpdate> {
  /** An update that sets nothing yet. */
  public ReportUpdate() {}

  /** The name (not blank). */
  public ReportUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public ReportUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** The email subject. */
  public ReportUpdate subject(String subject) {
    return set("subject", Validate.notNull(subject, "subject"));
  }

  /** The schedule, as a cron expression. */
  public ReportUpdate cron(String cron) {
    return set("cron", Validate.notBlank(cron, "cron"));
  }

  /** The time zone of the schedule, e.g. {@code UTC}. */
  public ReportUpdate timezone(String timezone) {
    return set("timezone", Validate.notBlank(timezone, "timezone"));
  }

  /** The unit of the reported time range. */
  public ReportUpdate rangeType(String rangeType) {
    return set("range_type", Validate.notBlank(rangeType, "range_type"));
  }

  /** How many units the range covers. */
  public ReportUpdate rangeCount(int rangeCount) {
    return set("range_count", Validate.range(rangeCount, 1, 100000, "range_count"));
  }

  /** Whether it is sent. */
  public ReportUpdate enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  /** The dashboard the report shows. */
  public ReportUpdate dashboardId(long dashboardId) {
    return set("dashboard_id", Validate.positiveId(dashboardId, "dashboard_id"));
  }

  /** The schedule as an object, e.g. {@code {"frequency": "weekly", "day_of_week": 1, "hour": 7, "timezone": "UTC"}}. */
  public ReportUpdate schedule(java.util.Map<String, ?> schedule) {
    return set("schedule", Validate.map(schedule, "schedule"));
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public ReportUpdate clearDescription() {
    return set("description", null);
  }

  /** Clears {@code subject}: sends it as an explicit null. */
  public ReportUpdate clearSubject() {
    return set("subject", null);
  }
}
