package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /usergroups/{id}}.
 */
public final class UserGroupUpdate extends UpdateRequest<UserGroupUpdate> {
  /** An update that sets nothing yet. */
  public UserGroupUpdate() {}

  /** Whether the group is enabled. */
  public UserGroupUpdate enabled(boolean enabled) {
    return set("enabled", enabled);
  }
}
