package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /users}. The password never appears in {@code toString()}.
 */
public final class UserCreate extends CreateRequest<UserCreate> {
  private UserCreate() {}

  /** A local user with this login name, friendly name and password. */
  public static UserCreate of(String username, String name, String password) {
    return new UserCreate().username(username).name(name).password(password);
  }

  /** A user with this login name and friendly name and no password, such as a remote (LDAP) user. */
  public static UserCreate of(String username, String name) {
    return new UserCreate().username(username).name(name);
  }

  /** The login name (not blank). */
  public UserCreate username(String username) {
    return set("username", Validate.notBlank(username, "username"));
  }

  /** The friendly name (not blank). */
  public UserCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** The password (secret). */
  public UserCreate password(String password) {
    return setSecret("password", Validate.notBlank(password, "password"));
  }

  /** Whether the user can log in. */
  public UserCreate enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  /** The privileges, e.g. {@code {"write": "full", "metrics": null}}. */
  public UserCreate grantedRoles(java.util.Map<String, ?> grantedRoles) {
    return set("granted_roles", Validate.map(grantedRoles, "granted_roles"));
  }

  /** {@code local} or {@code remote}. */
  public UserCreate type(String type) {
    return set("type", Validate.notBlank(type, "type"));
  }

  /** Whether to generate an API key for the user. */
  public UserCreate createApikey(boolean createApikey) {
    return set("create_apikey", createApikey);
  }

  /**
   * Grants one privilege: {@code system}, {@code write}, {@code metrics} or {@code packets}, with a level
   * such as {@code full}, {@code limited}, {@code personal}, {@code restricted}, or null for none.
   */
  public UserCreate grantedRole(String privilege, String level) {
    Validate.notBlank(privilege, "privilege");
    java.util.Map<String, Object> roles = new java.util.LinkedHashMap<>();
    Object current = toMap().get("granted_roles");
    if (current instanceof java.util.Map<?, ?> m) {
      m.forEach((k, v) -> roles.put(String.valueOf(k), v));
    }
    roles.put(privilege, level);
    return set("granted_roles", java.util.Collections.unmodifiableMap(roles));
  }

  @Override
  List<String> requiredFields() {
    return List.of("username", "name");
  }
}
