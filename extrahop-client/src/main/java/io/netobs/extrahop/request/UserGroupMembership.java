package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The body of {@code PATCH /usergroups/{id}/members} (changes: users added, users removed) and of
 * {@code PUT /usergroups/{id}/members} (the whole membership). On the wire it is one JSON object
 * keyed by user name: {@code {"ana": "member", "bo": null}}, where {@code null} removes a user.
 */
public final class UserGroupMembership extends RequestBody {
  /** The membership value of an ordinary member. */
  public static final String MEMBER = "member";

  private UserGroupMembership(Builder builder) {
    super(builder);
  }

  /** A builder with no user set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's users, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link UserGroupMembership}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** Makes {@code username} (not blank) a member. */
    public Builder addMember(String username) {
      return set(Validate.notBlank(username, "username"), MEMBER);
    }

    /** Makes each of {@code usernames} (none blank) a member. */
    public Builder addMembers(Iterable<String> usernames) {
      Validate.notNull(usernames, "usernames");
      for (String username : usernames) {
        addMember(username);
      }
      return this;
    }

    /**
     * Gives {@code username} (not blank) a membership value other than {@link #MEMBER}, for a role
     * this release has no constant for.
     */
    public Builder addMember(String username, String membership) {
      return set(
          Validate.notBlank(username, "username"), Validate.notBlank(membership, "membership"));
    }

    /**
     * Takes {@code username} (not blank) out of the group: sent as {@code null}. Meaningful in a
     * change ({@code PATCH}); a replacement leaves out every user it does not name anyway.
     */
    public Builder removeMember(String username) {
      return set(Validate.notBlank(username, "username"), null);
    }

    /** The body. */
    public UserGroupMembership build() {
      return new UserGroupMembership(this);
    }
  }
}
