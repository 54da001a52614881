package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /geomaps}.
 */
public final class GeomapCreate extends CreateRequest<GeomapCreate> {
  private GeomapCreate() {}

  /** A geomap named {@code name} (not blank). */
  public static GeomapCreate named(String name) {
    return new GeomapCreate().name(name);
  }

  /** The name (not blank). */
  public GeomapCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public GeomapCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public GeomapCreate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  @Override
  List<String> requiredFields() {
    return List.of("name");
  }
}
