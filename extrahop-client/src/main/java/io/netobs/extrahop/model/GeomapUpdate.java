package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /geomaps/{id}}.
 */
public final class GeomapUpdate extends UpdateRequest<GeomapUpdate> {
  /** An update that sets nothing yet. */
  public GeomapUpdate() {}

  /** The name (not blank). */
  public GeomapUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public GeomapUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public GeomapUpdate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public GeomapUpdate clearDescription() {
    return set("description", null);
  }
}
