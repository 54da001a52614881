package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.ExclusionIntervalType;
import io.netobs.http.RequestBody;

/**
 * The setters shared by {@link ExclusionIntervalCreate} and {@link ExclusionIntervalUpdate}: each
 * field's setter and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class ExclusionIntervalFields<B extends ExclusionIntervalFields<B>>
    extends RequestBody.Builder<B> {
  ExclusionIntervalFields() {}

  /** The name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public B author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** The start in seconds (not negative). */
  public B start(long start) {
    return set("start", Validate.nonNegative(start, "start"));
  }

  /** The end in seconds (not negative). */
  public B end(long end) {
    return set("end", Validate.nonNegative(end, "end"));
  }

  /** How it repeats. */
  public B intervalType(ExclusionIntervalType intervalType) {
    return set("interval_type", Validate.notNull(intervalType, "interval_type"));
  }

  /** How it repeats. Values this release does not know are sent as given. */
  public B intervalType(String intervalType) {
    return set(
        "interval_type",
        ExclusionIntervalType.of(Validate.notBlank(intervalType, "interval_type")));
  }

  /** Whether it applies to every alert. */
  public B alertApplyAll(boolean alertApplyAll) {
    return set("alert_apply_all", alertApplyAll);
  }

  /** Whether it applies to every trend. */
  public B trendApplyAll(boolean trendApplyAll) {
    return set("trend_apply_all", trendApplyAll);
  }
}
