package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The setters shared by {@link TagCreate} and {@link TagUpdate}: each field's setter and its check,
 * declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class TagFields<B extends TagFields<B>> extends RequestBody.Builder<B> {
  TagFields() {}

  /** The tag's name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }
}
