package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /tags}.
 */
public final class TagCreate extends CreateRequest<TagCreate> {
  private TagCreate() {}

  /** A tag named {@code name} (not blank). */
  public static TagCreate named(String name) {
    return new TagCreate().name(name);
  }

  /** The tag's name (not blank). */
  public TagCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  @Override
  List<String> requiredFields() {
    return List.of("name");
  }
}
