package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /pages}.
 */
public final class PageCreate extends CreateRequest<PageCreate> {
  private PageCreate() {}

  /** A page named {@code name} (not blank). */
  public static PageCreate named(String name) {
    return new PageCreate().name(name);
  }

  /** The name (not blank). */
  public PageCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public PageCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public PageCreate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  @Override
  List<String> requiredFields() {
    return List.of("name");
  }
}
