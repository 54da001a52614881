package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The setters shared by {@link IdentityProviderCreate} and {@link IdentityProviderUpdate}: each
 * field's setter and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class IdentityProviderFields<B extends IdentityProviderFields<B>>
    extends RequestBody.Builder<B> {
  IdentityProviderFields() {}

  /** The provider's name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** Whether users can sign in through the provider. */
  public B enabled(boolean enabled) {
    return set("enabled", enabled);
  }

  /**
   * Whether a user who signs in through the provider for the first time is created on the appliance
   * ({@code auto_provision_users}).
   */
  public B autoProvisionUsers(boolean autoProvisionUsers) {
    return set("auto_provision_users", autoProvisionUsers);
  }

  /** The provider's SAML 2.0 entity id ({@code entity_id}, not blank). */
  public B entityId(String entityId) {
    return set("entity_id", Validate.notBlank(entityId, "entity_id"));
  }

  /** The provider's SAML 2.0 single sign-on URL ({@code sso_url}, not blank). */
  public B ssoUrl(String ssoUrl) {
    return set("sso_url", Validate.notBlank(ssoUrl, "sso_url"));
  }

  /**
   * The provider's X.509 signing certificate in PEM ({@code signing_certificate}, not blank). A
   * certificate is public; no private key belongs here.
   */
  public B signingCertificate(String signingCertificate) {
    return set("signing_certificate", Validate.notBlank(signingCertificate, "signing_certificate"));
  }
}
