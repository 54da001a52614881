package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /users/{username}}. The password never appears in {@code toString()}.
 */
public final class UserUpdate extends UpdateRequest<UserUpdate> {
  /** An update that sets nothing yet. */
  public UserUpdate() {}

  /** The friendly name (not blank). */
  public UserUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** The password (secret). */
  public UserUpdate password(String password) {
    return setSecret("password", Validate.notBlank(password, "password"));
  }

  /** Whether the user can log in. */
  public UserUpdate enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  /** The privileges, e.g. {@code {"write": "full", "metrics": null}}. */
  public UserUpdate grantedRoles(java.util.Map<String, ?> grantedRoles) {
    return set("granted_roles", Validate.map(grantedRoles, "granted_roles"));
  }

  /**
   * Grants one privilege: {@code system}, {@code write}, {@code metrics} or {@code packets}, with a level
   * such as {@code full}, {@code limited}, {@code personal}, {@code restricted}, or null for none.
   */
  public UserUpdate grantedRole(String privilege, String level) {
    Validate.notBlank(privilege, "privilege");
    java.util.Map<String, Object> roles = new java.util.LinkedHashMap<>();
    Object current = toMap().get("granted_roles");
    if (current instanceof java.util.Map<?, ?> m) {
      m.forEach((k, v) -> roles.put(String.valueOf(k), v));
    }
    roles.put(privilege, level);
    return set("granted_roles", java.util.Collections.unmodifiableMap(roles));
  }
}
