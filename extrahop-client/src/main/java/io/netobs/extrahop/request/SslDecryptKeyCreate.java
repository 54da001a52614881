package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;

/**
 * The body of {@code POST /ssldecryptkeys}: either the certificate and the private key apart (newer
 * firmware), or both in one {@code pem} field (older firmware). Private keys and passphrases never
 * appear in {@code toString()}.
 */
public final class SslDecryptKeyCreate extends RequestBody {
  private SslDecryptKeyCreate(Builder builder) {
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

  /** Builds a {@link SslDecryptKeyCreate}. */
  public static final class Builder extends SslDecryptKeyFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name}, {@code enabled} is not set
     */
    public SslDecryptKeyCreate build() {
      require("SslDecryptKeyCreate", "name", "enabled");
      boolean apart = has("certificate") && has("private_key");
      if (!apart && !has("pem")) {
        throw new IllegalArgumentException(
            "SslDecryptKeyCreate: set certificate and private_key, or pem");
      }
      return new SslDecryptKeyCreate(this);
    }
  }
}
