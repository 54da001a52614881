package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.List;
import java.util.Map;

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

  /** The Discover node the application belongs to ({@code node_id}, on a console). */
  public B nodeId(long nodeId) {
    return set("node_id", Validate.nonNegative(nodeId, "node_id"));
  }

  /**
   * The criteria that define the application ({@code criteria}, current firmware), each an object
   * as the API takes it, sent as given; in an update they replace the ones the application had.
   */
  public B criteria(List<? extends Map<String, ?>> criteria) {
    return set("criteria", Validate.list(criteria, "criteria"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }
}
