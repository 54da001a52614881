package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /exclusionintervals/{id}}.
 */
public final class ExclusionIntervalUpdate extends UpdateRequest<ExclusionIntervalUpdate> {
  /** An update that sets nothing yet. */
  public ExclusionIntervalUpdate() {}

  /** The name (not blank). */
  public ExclusionIntervalUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public ExclusionIntervalUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public ExclusionIntervalUpdate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** The start in seconds (not negative). */
  public ExclusionIntervalUpdate start(long start) {
    return set("start", Validate.nonNegative(start, "start"));
  }

  /** The end in seconds (not negative). */
  public ExclusionIntervalUpdate end(long end) {
    return set("end", Validate.nonNegative(end, "end"));
  }

  /** How it repeats. */
  public ExclusionIntervalUpdate intervalType(ExclusionIntervalType intervalType) {
    return set("interval_type", Validate.notNull(intervalType, "interval_type"));
  }

  /** How it repeats. Values this release does not know are sent as given. */
  public ExclusionIntervalUpdate intervalType(String intervalType) {
    return set("interval_type", ExclusionIntervalType.of(Validate.notBlank(intervalType, "interval_type")));
  }

  /** Whether it applies to every alert. */
  public ExclusionIntervalUpdate alertApplyAll(boolean alertApplyAll) {
    return set("alert_apply_all", alertApplyAll);
  }

  /** Whether it applies to every trend. */
  public ExclusionIntervalUpdate trendApplyAll(boolean trendApplyAll) {
    return set("trend_apply_all", trendApplyAll);
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public ExclusionIntervalUpdate clearDescription() {
    return set("description", null);
  }
}
