package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /exclusionintervals}.
 */
public final class ExclusionIntervalCreate extends CreateRequest<ExclusionIntervalCreate> {
  private ExclusionIntervalCreate() {}

  /**
   * An interval named {@code name} from {@code start} to {@code end} seconds (see {@link ExclusionInterval}),
   * applied to no alert or trend until assigned ({@code alert_apply_all} and {@code trend_apply_all} false).
   *
   * @throws IllegalArgumentException when {@code end} is not after {@code start}
   */
  public static ExclusionIntervalCreate of(String name, ExclusionIntervalType type, long start, long end) {
    if (end <= start) {
      throw new IllegalArgumentException("end must be after start, was start=" + start + ", end=" + end);
    }
    return new ExclusionIntervalCreate().name(name).intervalType(type).start(start).end(end).alertApplyAll(false).trendApplyAll(false);
  }

  /** The name (not blank). */
  public ExclusionIntervalCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public ExclusionIntervalCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public ExclusionIntervalCreate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** The start in seconds (not negative). */
  public ExclusionIntervalCreate start(long start) {
    return set("start", Validate.nonNegative(start, "start"));
  }

  /** The end in seconds (not negative). */
  public ExclusionIntervalCreate end(long end) {
    return set("end", Validate.nonNegative(end, "end"));
  }

  /** How it repeats. */
  public ExclusionIntervalCreate intervalType(ExclusionIntervalType intervalType) {
    return set("interval_type", Validate.notNull(intervalType, "interval_type"));
  }

  /** How it repeats. Values this release does not know are sent as given. */
  public ExclusionIntervalCreate intervalType(String intervalType) {
    return set("interval_type", ExclusionIntervalType.of(Validate.notBlank(intervalType, "interval_type")));
  }

  /** Whether it applies to every alert. */
  public ExclusionIntervalCreate alertApplyAll(boolean alertApplyAll) {
    return set("alert_apply_all", alertApplyAll);
  }

  /** Whether it applies to every trend. */
  public ExclusionIntervalCreate trendApplyAll(boolean trendApplyAll) {
    return set("trend_apply_all", trendApplyAll);
  }

  @Override
  List<String> requiredFields() {
    return List.of("name", "start", "end", "interval_type", "alert_apply_all", "trend_apply_all");
  }
}
