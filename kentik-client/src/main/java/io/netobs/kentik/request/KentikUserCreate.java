package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * A new user of the account, sent as {@code {"user": {...}}}.
 *
 * <pre>{@code
 * KentikUserCreate ana = KentikUserCreate.builder()
 *     .userEmail("ana@example.com").userFullName("Ana Noc").role("Member")
 *     .emailService(true).emailProduct(false).build();
 * }</pre>
 */
public final class KentikUserCreate extends RequestBody {
  private KentikUserCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a new user. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link KentikUserCreate}. */
  public static final class Builder extends KentikUserFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when the e-mail address is missing
     */
    public KentikUserCreate build() {
      require("KentikUserCreate", "user_email");
      return new KentikUserCreate(this);
    }
  }
}
