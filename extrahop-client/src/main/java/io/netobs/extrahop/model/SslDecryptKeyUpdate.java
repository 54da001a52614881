package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /ssldecryptkeys/{id}}.
 */
public final class SslDecryptKeyUpdate extends UpdateRequest<SslDecryptKeyUpdate> {
  /** An update that sets nothing yet. */
  public SslDecryptKeyUpdate() {}

  /** Whether it is active. */
  public SslDecryptKeyUpdate enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  /** The name (not blank). */
  public SslDecryptKeyUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }
}
