package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /ssldecryptkeys}: either the certificate and the private key apart (newer firmware),
 * or both in one {@code pem} field (older firmware). Private keys and passphrases never appear in {@code toString()}.
 */
public final class SslDecryptKeyCreate extends CreateRequest<SslDecryptKeyCreate> {
  private SslDecryptKeyCreate() {}

  /** An active key named {@code name} with its certificate and private key (both PEM), sent apart. */
  public static SslDecryptKeyCreate of(String name, String certificatePem, String privateKeyPem) {
    return new SslDecryptKeyCreate().name(name).certificate(certificatePem).privateKey(privateKeyPem).enabled(true);
  }

  /** An active key named {@code name} from one PEM text holding the certificate and its private key. */
  public static SslDecryptKeyCreate fromPem(String name, String certificateAndKeyPem) {
    return new SslDecryptKeyCreate().name(name).pem(certificateAndKeyPem).enabled(true);
  }

  /** The name (not blank). */
  public SslDecryptKeyCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public SslDecryptKeyCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** The certificate, PEM. */
  public SslDecryptKeyCreate certificate(String certificate) {
    return set("certificate", Validate.pem(certificate, "CERTIFICATE-----", "certificate"));
  }

  /** The private key that decrypts the traffic, PEM (secret). */
  public SslDecryptKeyCreate privateKey(String privateKey) {
    return setSecret("private_key", Validate.pem(privateKey, "PRIVATE KEY-----", "private_key"));
  }

  /** The certificate and its private key in one PEM text (older firmware; secret). */
  public SslDecryptKeyCreate pem(String pem) {
    return setSecret("pem", Validate.pem(pem, "CERTIFICATE-----", "pem"));
  }

  /** The passphrase of an encrypted private key (secret). */
  public SslDecryptKeyCreate passphrase(String passphrase) {
    return setSecret("passphrase", Validate.notBlank(passphrase, "passphrase"));
  }

  /** Whether it is active. */
  public SslDecryptKeyCreate enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  @Override
  public void validate() {
    super.validate();
    boolean apart = isSet("certificate") && isSet("private_key");
    if (!apart && !isSet("pem")) {
      throw new IllegalArgumentException("SslDecryptKeyCreate: set certificate and private_key, or pem");
    }
  }

  @Override
  List<String> requiredFields() {
    return List.of("name", "enabled");
  }
}
