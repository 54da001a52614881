package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /pages/{id}}.
 */
public final class PageUpdate extends UpdateRequest<PageUpdate> {
  /** An update that sets nothing yet. */
  public PageUpdate() {}

  /** The name (not blank). */
  public PageUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public PageUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public PageUpdate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public PageUpdate clearDescription() {
    return set("description", null);
  }
}
