package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /activitymaps}.
 */
public final class ActivityMapCreate extends CreateRequest<ActivityMapCreate> {
  private ActivityMapCreate() {}

  /** A map named {@code name} built by {@code walks}. */
  public static ActivityMapCreate of(String name, java.util.List<ActivityMapWalk> walks) {
    if (Validate.notNull(walks, "walks").isEmpty()) {
      throw new IllegalArgumentException("walks must contain at least one walk");
    }
    return new ActivityMapCreate().name(name).walks(walks);
  }

  /** The name (not blank). */
  public ActivityMapCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public ActivityMapCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** The layout: {@code 2dforce} or {@code 3dforce}. */
  public ActivityMapCreate mode(String mode) {
    return set("mode", Validate.notBlank(mode, "mode"));
  }

  /** What weighs the edges: {@code bytes}, {@code connections} or {@code turns}. */
  public ActivityMapCreate weighting(String weighting) {
    return set("weighting", Validate.notBlank(weighting, "weighting"));
  }

  /** Whether alert status is shown. */
  public ActivityMapCreate showAlertStatus(boolean showAlertStatus) {
    return set("show_alert_status", showAlertStatus);
  }

  /** The walks that build the map (at least one). */
  public ActivityMapCreate walks(java.util.List<ActivityMapWalk> walks) {
    return set("walks", Validate.list(walks, "walks"));
  }

  @Override
  List<String> requiredFields() {
    return List.of("name", "walks");
  }
}
