package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /activitymaps/{id}}.
 */
public final class ActivityMapUpdate extends UpdateRequest<ActivityMapUpdate> {
  /** An update that sets nothing yet. */
  public ActivityMapUpdate() {}

  /** The name (not blank). */
  public ActivityMapUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public ActivityMapUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** The layout: {@code 2dforce} or {@code 3dforce}. */
  public ActivityMapUpdate mode(String mode) {
    return set("mode", Validate.notBlank(mode, "mode"));
  }

  /** What weighs the edges: {@code bytes}, {@code connections} or {@code turns}. */
  public ActivityMapUpdate weighting(String weighting) {
    return set("weighting", Validate.notBlank(weighting, "weighting"));
  }

  /** Whether alert status is shown. */
  public ActivityMapUpdate showAlertStatus(boolean showAlertStatus) {
    return set("show_alert_status", showAlertStatus);
  }

  /** The walks that build the map (at least one). */
  public ActivityMapUpdate walks(java.util.List<ActivityMapWalk> walks) {
    return set("walks", Validate.list(walks, "walks"));
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public ActivityMapUpdate clearDescription() {
    return set("description", null);
  }
}
