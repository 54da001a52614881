package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.Arrays;
import java.util.List;

/**
 * The tags to assign to and unassign from network users: the body of {@code POST
 * /networkusers/users/{username}/tags} ({@code {"assign", "unassign"}}) and, with {@code
 * usernames}, of {@code POST /networkusers/tags}. Tags are named by their ids, as text.
 */
public final class NetworkUserTagUpdate extends RequestBody {
  private NetworkUserTagUpdate(Builder builder) {
    super(builder);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's fields, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Whether {@code usernames} is set, as {@code POST /networkusers/tags} requires. */
  public boolean hasUsernames() {
    return isSet("usernames");
  }

  /** Builds a {@link NetworkUserTagUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The users to change ({@code usernames}), for {@code POST /networkusers/tags}. */
    public Builder usernames(String... usernames) {
      Validate.notNull(usernames, "usernames");
      return usernames(Arrays.asList(usernames));
    }

    /** The users to change ({@code usernames}), for {@code POST /networkusers/tags}. */
    public Builder usernames(List<String> usernames) {
      return set("usernames", Validate.strings(usernames, "usernames"));
    }

    /** The ids of the tags to assign ({@code assign}). */
    public Builder assign(String... tagIds) {
      Validate.notNull(tagIds, "assign");
      return set("assign", Validate.strings(Arrays.asList(tagIds), "assign"));
    }

    /** The ids of the tags to unassign ({@code unassign}). */
    public Builder unassign(String... tagIds) {
      Validate.notNull(tagIds, "unassign");
      return set("unassign", Validate.strings(Arrays.asList(tagIds), "unassign"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when neither {@code assign} nor {@code unassign} is set
     */
    public NetworkUserTagUpdate build() {
      if (!has("assign") && !has("unassign")) {
        throw new IllegalArgumentException(
            "NetworkUserTagUpdate: set assign or unassign (or both)");
      }
      return new NetworkUserTagUpdate(this);
    }
  }
}
