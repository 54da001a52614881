package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /tags/{id}}: only the fields set are sent.
 */
public final class TagUpdate extends UpdateRequest<TagUpdate> {
  /** An update that sets nothing yet. */
  public TagUpdate() {}

  /** The tag's new name (not blank). */
  public TagUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }
}
