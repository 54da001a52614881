package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * The changes to make to a user, sent as {@code {"user": {changed fields}}}.
 *
 * <pre>{@code
 * kentik.users().update(42, KentikUserUpdate.builder().role("Administrator").build());
 * }</pre>
 */
public final class KentikUserUpdate extends RequestBody {
  private KentikUserUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for the changes to a user. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link KentikUserUpdate}. */
  public static final class Builder extends KentikUserFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when nothing changes
     */
    public KentikUserUpdate build() {
      requireAny("KentikUserUpdate");
      return new KentikUserUpdate(this);
    }
  }
}
