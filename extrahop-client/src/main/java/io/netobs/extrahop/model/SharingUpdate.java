package io.netobs.extrahop.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to the sharing of a dashboard or an activity map. With {@code PATCH .../sharing} only the
 * entries set are changed, and an entry set to null removes that access; with {@code PUT .../sharing}
 * the entries set are the whole new state.
 */
public final class SharingUpdate extends UpdateRequest<SharingUpdate> {
  private final Map<String, SharingRole> users = new LinkedHashMap<>();
  private final Map<String, SharingRole> groups = new LinkedHashMap<>();

  /** A change that changes nothing yet. */
  public SharingUpdate() {}

  /** Gives every user this access. */
  public SharingUpdate anyone(SharingRole role) {
    return set("anyone", Validate.notNull(role, "anyone"));
  }

  /** Takes the access of every user away (sends {@code "anyone": null}). */
  public SharingUpdate clearAnyone() {
    return set("anyone", null);
  }

  /** Gives {@code username} this access. */
  public SharingUpdate user(String username, SharingRole role) {
    users.put(Validate.notBlank(username, "username"), Validate.notNull(role, "role"));
    return set("users", Collections.unmodifiableMap(new LinkedHashMap<>(users)));
  }

  /** Takes the access of {@code username} away (sends it with null). */
  public SharingUpdate removeUser(String username) {
    users.put(Validate.notBlank(username, "username"), null);
    return set("users", Collections.unmodifiableMap(new LinkedHashMap<>(users)));
  }

  /** Gives the user group {@code groupId} this access. */
  public SharingUpdate group(String groupId, SharingRole role) {
    groups.put(Validate.notBlank(groupId, "groupId"), Validate.notNull(role, "role"));
    return set("groups", Collections.unmodifiableMap(new LinkedHashMap<>(groups)));
  }

  /** Takes the access of the user group {@code groupId} away (sends it with null). */
  public SharingUpdate removeGroup(String groupId) {
    groups.put(Validate.notBlank(groupId, "groupId"), null);
    return set("groups", Collections.unmodifiableMap(new LinkedHashMap<>(groups)));
  }
}
