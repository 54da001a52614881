package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The setters shared by {@link ApplicationCreate} and {@link ApplicationUpdate}: each field's
 * setter and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class ApplicationFields<B extends ApplicationFields<B>>
    extends RequestBody.Builder<B> {
  ApplicationFields() {}

  /** The application's name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** The application's discovery id, unique (not blank). */
  public B discoveryId(String discoveryId) {
    return set("discovery_id", Validate.notBlank(discoveryId, "discovery_id"));
  }

  /** The name shown in the UI. */
  public B displayName(String displayName) {
    return set("display_name", Validate.notBlank(displayName, "display_name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }
}
