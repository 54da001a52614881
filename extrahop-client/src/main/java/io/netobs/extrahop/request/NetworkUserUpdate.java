package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.NetworkUserFlag;
import io.netobs.http.RequestBody;

/**
 * The body of {@code PATCH /networkusers/users/{username}}: the manual high-influence and
 * high-privilege settings; only the fields set are sent.
 */
public final class NetworkUserUpdate extends RequestBody {
  private NetworkUserUpdate(Builder builder) {
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

  /** Builds a {@link NetworkUserUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** Whether the user counts as high-influence ({@code custom_high_influence}). */
    public Builder customHighInfluence(NetworkUserFlag flag) {
      return set("custom_high_influence", Validate.notNull(flag, "custom_high_influence").value());
    }

    /** Whether the user counts as high-privilege ({@code custom_high_privilege}). */
    public Builder customHighPrivilege(NetworkUserFlag flag) {
      return set("custom_high_privilege", Validate.notNull(flag, "custom_high_privilege").value());
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public NetworkUserUpdate build() {
      requireAny("NetworkUserUpdate");
      return new NetworkUserUpdate(this);
    }
  }
}
