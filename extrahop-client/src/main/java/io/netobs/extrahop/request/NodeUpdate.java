package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/** The body of {@code PATCH /nodes/{id}}. */
public final class NodeUpdate extends RequestBody {
  private NodeUpdate(Builder builder) {
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

  /** Builds a {@link NodeUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The nickname. */
    public Builder nickname(String nickname) {
      return set("nickname", Validate.notNull(nickname, "nickname"));
    }

    /** Whether it reports to this appliance. */
    public Builder enabled(boolean enabled) {
      return set("enabled", enabled);
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public NodeUpdate build() {
      requireAny("NodeUpdate");
      return new NodeUpdate(this);
    }
  }
}
