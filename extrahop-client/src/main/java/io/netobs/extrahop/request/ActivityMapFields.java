package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.ActivityMapWalk;
import io.netobs.http.RequestBody;
import java.util.List;

/**
 * The setters shared by {@link ActivityMapCreate} and {@link ActivityMapUpdate}: each field's
 * setter and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class ActivityMapFields<B extends ActivityMapFields<B>>
    extends RequestBody.Builder<B> {
  ActivityMapFields() {}

  /** The name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** The layout: {@code 2dforce} or {@code 3dforce}. */
  public B mode(String mode) {
    return set("mode", Validate.notBlank(mode, "mode"));
  }

  /** What weighs the edges: {@code bytes}, {@code connections} or {@code turns}. */
  public B weighting(String weighting) {
    return set("weighting", Validate.notBlank(weighting, "weighting"));
  }

  /** Whether alert status is shown. */
  public B showAlertStatus(boolean showAlertStatus) {
    return set("show_alert_status", showAlertStatus);
  }

  /** The walks that build the map (at least one). */
  public B walks(List<ActivityMapWalk> walks) {
    return set("walks", Validate.list(walks, "walks"));
  }
}
