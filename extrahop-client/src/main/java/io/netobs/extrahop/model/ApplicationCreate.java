package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /applications}.
 */
public final class ApplicationCreate extends CreateRequest<ApplicationCreate> {
  private ApplicationCreate() {}

  /** An application named {@code name} (not blank); set its {@code discoveryId} to choose its id in metrics. */
  public static ApplicationCreate named(String name) {
    return new ApplicationCreate().name(name);
  }

  /** The application's name (not blank). */
  public ApplicationCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** The application's discovery id, unique (not blank). */
  public ApplicationCreate discoveryId(String discoveryId) {
    return set("discovery_id", Validate.notBlank(discoveryId, "discovery_id"));
  }

  /** The name shown in the UI. */
  public ApplicationCreate displayName(String displayName) {
    return set("display_name", Validate.notBlank(displayName, "display_name"));
  }

  /** A description. */
  public ApplicationCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  @Override
  List<String> requiredFields() {
    return List.of("name");
  }
}
