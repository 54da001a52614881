package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The setters shared by {@link UserGroupCreate} and {@link UserGroupUpdate}: each field's setter
 * and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class UserGroupFields<B extends UserGroupFields<B>> extends RequestBody.Builder<B> {
  UserGroupFields() {}

  /** Whether the group is enabled. */
  public B enabled(boolean enabled) {
    return set("enabled", enabled);
  }
}
