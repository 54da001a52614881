package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /applications/{id}}.
 */
public final class ApplicationUpdate extends UpdateRequest<ApplicationUpdate> {
  /** An update that sets nothing yet. */
  public ApplicationUpdate() {}

  /** The application's name (not blank). */
  public ApplicationUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** The name shown in the UI. */
  public ApplicationUpdate displayName(String displayName) {
    return set("display_name", Validate.notBlank(displayName, "display_name"));
  }

  /** A description. */
  public ApplicationUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public ApplicationUpdate clearDescription() {
    return set("description", null);
  }
}
