package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.internal.Transfers;
import io.netobs.extrahop.model.IdentityProvider;
import io.netobs.extrahop.model.IdentityProviderPrivileges;
import io.netobs.extrahop.model.SamlServiceProvider;
import io.netobs.extrahop.request.IdentityProviderCreate;
import io.netobs.extrahop.request.IdentityProviderPrivilegesUpdate;
import io.netobs.extrahop.request.IdentityProviderUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import java.util.List;
import java.util.Objects;

/**
 * Identity providers users sign in through ({@code /auth/identityproviders}), the privileges their
 * SAML attributes grant, and the appliance's own SAML service provider metadata ({@code GET
 * /auth/samlsp}). Immutable and thread-safe.
 */
public final class IdentityProviders {
  private final HttpCore core;
  private final Crud<IdentityProvider> crud;

  IdentityProviders(HttpCore core) {
    this.core = Objects.requireNonNull(core, "core");
    this.crud = new Crud<>(core, "/auth/identityproviders", IdentityProvider.class);
  }

  /** Every identity provider: {@code GET /auth/identityproviders}. */
  public List<IdentityProvider> list() {
    return crud.list();
  }

  /**
   * One identity provider: {@code GET /auth/identityproviders/{id}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public IdentityProvider get(long id) {
    return crud.get(id);
  }

  /**
   * Adds an identity provider: {@code POST /auth/identityproviders}; returns its id (from the
   * {@code Location} of the 201 answer).
   */
  public long create(IdentityProviderCreate provider) {
    return crud.create(provider, "provider");
  }

  /** Changes an identity provider: {@code PATCH /auth/identityproviders/{id}}. */
  public void update(long id, IdentityProviderUpdate update) {
    crud.update(id, update);
  }

  /**
   * Deletes an identity provider: {@code DELETE /auth/identityproviders/{id}}.
   *
   * <p><b>Hard to undo:</b> users who sign in through the provider can no longer log in, and its
   * privilege mapping is gone; adding the provider again gives it a new id and no mapping.
   */
  public void delete(long id) {
    crud.delete(id);
  }

  /**
   * How the provider's SAML attributes map to privileges: {@code GET
   * /auth/identityproviders/{id}/privileges}.
   */
  public IdentityProviderPrivileges privileges(long id) {
    return Crud.getAt(
        core,
        IdentityProviderPrivileges.class,
        "/auth/identityproviders/{}/privileges",
        Crud.id(id));
  }

  /**
   * Changes the privilege mappings set in {@code update}: {@code PATCH
   * /auth/identityproviders/{id}/privileges}.
   */
  public void updatePrivileges(long id, IdentityProviderPrivilegesUpdate update) {
    Crud.id(id);
    core.send(
        ApiRequest.patch("/auth/identityproviders/{}/privileges", id)
            .json(Crud.body(update, "update"))
            .idempotent(true)
            .build());
  }

  /**
   * The appliance as a SAML service provider (entity id, assertion consumer URL), to register it
   * with an identity provider: {@code GET /auth/samlsp}.
   */
  public SamlServiceProvider serviceProvider() {
    return Crud.getAt(core, SamlServiceProvider.class, "/auth/samlsp");
  }

  /**
   * The same metadata as the SAML 2.0 XML document identity providers import: {@code GET
   * /auth/samlsp?xml=true}.
   */
  public String serviceProviderXml() {
    return Transfers.text(
        core,
        ApiRequest.get("/auth/samlsp")
            .query("xml", true)
            .header("Accept", "application/xml, application/samlmetadata+xml;q=0.9, */*;q=0.8")
            .build());
  }

  @Override
  public String toString() {
    return "IdentityProviders";
  }
}
