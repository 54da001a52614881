package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The setters shared by {@link DomainControllerCreate} and {@link DomainControllerCheck}: each
 * field's setter and its check, declared once. The password is a secret: it never appears in {@code
 * toString()}.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class DomainControllerFields<B extends DomainControllerFields<B>>
    extends RequestBody.Builder<B> {
  static final String[] REQUIRED = {
    "dc_host",
    "dc_name",
    "realm",
    "username",
    "password",
    "ad_decryption_enabled",
    "ad_response_enabled",
    "ad_user_enrichment_enabled"
  };

  DomainControllerFields() {}

  /** The domain controller's fully qualified domain name (not blank). */
  public B dcHost(String dcHost) {
    return set("dc_host", Validate.notBlank(dcHost, "dc_host"));
  }

  /** The domain controller's name (not blank). */
  public B dcName(String dcName) {
    return set("dc_name", Validate.notBlank(dcName, "dc_name"));
  }

  /** The Kerberos realm the domain controller has authority over (not blank). */
  public B realm(String realm) {
    return set("realm", Validate.notBlank(realm, "realm"));
  }

  /** The domain user the sensor signs in as (not blank). */
  public B username(String username) {
    return set("username", Validate.notBlank(username, "username"));
  }

  /** The domain user's password (secret, not blank). */
  public B password(String password) {
    return setSecret("password", Validate.notBlank(password, "password"));
  }

  /** Whether Active Directory decryption is on for the domain. */
  public B adDecryptionEnabled(boolean adDecryptionEnabled) {
    return set("ad_decryption_enabled", adDecryptionEnabled);
  }

  /** Whether response actions are on for the domain. */
  public B adResponseEnabled(boolean adResponseEnabled) {
    return set("ad_response_enabled", adResponseEnabled);
  }

  /** Whether user profiles are imported from the domain. */
  public B adUserEnrichmentEnabled(boolean adUserEnrichmentEnabled) {
    return set("ad_user_enrichment_enabled", adUserEnrichmentEnabled);
  }
}
