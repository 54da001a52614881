package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/** The body of {@code PATCH /ssldecryptkeys/{id}}. */
public final class SslDecryptKeyUpdate extends RequestBody {
  private SslDecryptKeyUpdate(Builder builder) {
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

  /** Builds a {@link SslDecryptKeyUpdate}. */
  public static final class Builder extends SslDecryptKeyFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public SslDecryptKeyUpdate build() {
      requireAny("SslDecryptKeyUpdate");
      return new SslDecryptKeyUpdate(this);
    }
  }
}
