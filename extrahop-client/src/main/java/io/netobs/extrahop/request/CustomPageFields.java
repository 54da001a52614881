package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The setters shared by {@link CustomPageCreate} and {@link CustomPageUpdate}: each field's setter
 * and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class CustomPageFields<B extends CustomPageFields<B>>
    extends RequestBody.Builder<B> {
  CustomPageFields() {}

  /** The name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public B author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }
}
