package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.SharingRole;
import io.netobs.http.RequestBody;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to the sharing of a dashboard or an activity map. With {@code PATCH .../sharing} only
 * the entries set are changed, and an entry set to null removes that access; with {@code PUT
 * .../sharing} the entries set are the whole new state.
 */
public final class SharingUpdate extends RequestBody {
  private SharingUpdate(Builder builder) {
    super(builder);
  }

  /** A builder with no entry set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this change's entries, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SharingUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** Gives every user this access. */
    public Builder anyone(SharingRole role) {
      return set("anyone", Validate.notNull(role, "anyone"));
    }

    /** Takes the access of every user away (sends {@code "anyone": null}). */
    public Builder clearAnyone() {
      return set("anyone", null);
    }

    /** Gives {@code username} this access. */
    public Builder user(String username, SharingRole role) {
      return entry(
          "users", Validate.notBlank(username, "username"), Validate.notNull(role, "role"));
    }

    /** Takes the access of {@code username} away (sends it with null). */
    public Builder removeUser(String username) {
      return entry("users", Validate.notBlank(username, "username"), null);
    }

    /** Gives the user group {@code groupId} this access. */
    public Builder group(String groupId, SharingRole role) {
      return entry("groups", Validate.notBlank(groupId, "groupId"), Validate.notNull(role, "role"));
    }

    /** Takes the access of the user group {@code groupId} away (sends it with null). */
    public Builder removeGroup(String groupId) {
      return entry("groups", Validate.notBlank(groupId, "groupId"), null);
    }

    /** Puts {@code key: role} into the map field {@code name}, keeping the entries set before. */
    private Builder entry(String name, String key, SharingRole role) {
      Map<String, SharingRole> entries = new LinkedHashMap<>();
      if (get(name) instanceof Map<?, ?> current) {
        current.forEach((k, v) -> entries.put(String.valueOf(k), (SharingRole) v));
      }
      entries.put(key, role);
      return set(name, Collections.unmodifiableMap(entries));
    }

    /**
     * The change.
     *
     * @throws IllegalArgumentException when no entry is set
     */
    public SharingUpdate build() {
      requireAny("SharingUpdate");
      return new SharingUpdate(this);
    }
  }
}
