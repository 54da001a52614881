package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The setters shared by {@link UserCreate} and {@link UserUpdate}: each field's setter and its
 * check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class UserFields<B extends UserFields<B>> extends RequestBody.Builder<B> {
  UserFields() {}

  /** The login name (not blank). */
  public B username(String username) {
    return set("username", Validate.notBlank(username, "username"));
  }

  /** The friendly name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** The password (secret). */
  public B password(String password) {
    return setSecret("password", Validate.notBlank(password, "password"));
  }

  /** Whether the user can log in. */
  public B enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  /** The privileges, e.g. {@code {"write": "full", "metrics": null}}. */
  public B grantedRoles(Map<String, ?> grantedRoles) {
    return set("granted_roles", Validate.map(grantedRoles, "granted_roles"));
  }

  /** {@code local} or {@code remote}. */
  public B type(String type) {
    return set("type", Validate.notBlank(type, "type"));
  }

  /** Whether to generate an API key for the user. */
  public B createApikey(boolean createApikey) {
    return set("create_apikey", createApikey);
  }

  /**
   * Grants one privilege: {@code system}, {@code write}, {@code metrics} or {@code packets}, with a
   * level such as {@code full}, {@code limited}, {@code personal}, {@code restricted}, or null for
   * none.
   */
  public B grantedRole(String privilege, @Nullable String level) {
    Validate.notBlank(privilege, "privilege");
    Map<String, Object> roles = new LinkedHashMap<>();
    Object current = get("granted_roles");
    if (current instanceof Map<?, ?> m) {
      m.forEach((k, v) -> roles.put(String.valueOf(k), v));
    }
    roles.put(privilege, level);
    return set("granted_roles", Collections.unmodifiableMap(roles));
  }
}
