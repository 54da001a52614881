package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /ssldecryptkeys}. The private key never appears in {@code toString()}.
 */
public final class SslDecryptKeyCreate extends CreateRequest<SslDecryptKeyCreate> {
  private SslDecryptKeyCreate() {}

  /** An active key named {@code name} with its certificate and private key (both PEM). */
  public static SslDecryptKeyCreate of(String name, String certificatePem, String privateKeyPem) {
    return new SslDecryptKeyCreate().name(name).certificate(certificatePem).privateKey(privateKeyPem).enabled(true);
  }

  /** The name (not blank). */
  public SslDecryptKeyCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** The certificate, PEM. */
  public SslDecryptKeyCreate certificate(String certificate) {
    return set("certificate", Validate.pem(certificate, "CERTIFICATE-----", "certificate"));
  }

  /** The private key that decrypts the traffic, PEM (secret). */
  public SslDecryptKeyCreate privateKey(String privateKey) {
    return setSecret("private_key", Validate.pem(privateKey, "PRIVATE KEY-----", "private_key"));
  }

  /** Whether it is active. */
  public SslDecryptKeyCreate enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  @Override
  List<String> requiredFields() {
    return List.of("name", "certificate", "private_key", "enabled");
  }
}
