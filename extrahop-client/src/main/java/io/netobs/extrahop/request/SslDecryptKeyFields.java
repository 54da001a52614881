package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The setters shared by {@link SslDecryptKeyCreate} and {@link SslDecryptKeyUpdate}: each field's
 * setter and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class SslDecryptKeyFields<B extends SslDecryptKeyFields<B>>
    extends RequestBody.Builder<B> {
  SslDecryptKeyFields() {}

  /** The name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** The certificate, PEM. */
  public B certificate(String certificate) {
    return set("certificate", Validate.pem(certificate, "CERTIFICATE-----", "certificate"));
  }

  /** The private key that decrypts the traffic, PEM (secret). */
  public B privateKey(String privateKey) {
    return setSecret("private_key", Validate.pem(privateKey, "PRIVATE KEY-----", "private_key"));
  }

  /** The certificate and its private key in one PEM text (older firmware; secret). */
  public B pem(String pem) {
    return setSecret("pem", Validate.pem(pem, "CERTIFICATE-----", "pem"));
  }

  /** The passphrase of an encrypted private key (secret). */
  public B passphrase(String passphrase) {
    return setSecret("passphrase", Validate.notBlank(passphrase, "passphrase"));
  }

  /** Whether it is active. */
  public B enabled(boolean enabled) {
    return set("enabled", enabled);
  }
}
