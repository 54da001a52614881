package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.Tenant;
import io.netobs.kentik.model.TenantUser;
import java.util.List;
import java.util.Map;

/**
 * The tenants of the My Kentik Portal ({@code /mykentik/tenants}, {@code /mykentik/tenant/{id}})
 * and their users. Answers are bare; tenants themselves are managed in the portal.
 */
public final class Tenants {
  private final HttpCore core;

  Tenants(HttpCore core) {
    this.core = core;
  }

  /** Every tenant, with its users ({@code GET /mykentik/tenants}). */
  public List<Tenant> list() {
    return core.execute(
        ApiRequest.get("/mykentik/tenants").build(), r -> Answers.list(r, null, Tenant.class));
  }

  /**
   * One tenant with its users ({@code GET /mykentik/tenant/{id}}).
   *
   * @throws io.netobs.http.NotFoundException when there is no such tenant
   */
  public Tenant get(long tenantId) {
    Checks.positiveId(tenantId, "tenantId");
    return core.execute(
        ApiRequest.get("/mykentik/tenant/{}", tenantId).build(),
        r -> Answers.object(r, null, Tenant.class));
  }

  /**
   * Adds a user to a tenant by e-mail address ({@code POST /mykentik/tenant/{id}/user}, sent as
   * {@code {"user": {"user_email": ...}}}).
   *
   * @return the tenant's new user
   */
  public TenantUser addUser(long tenantId, String userEmail) {
    Checks.positiveId(tenantId, "tenantId");
    Rules.requiredText(userEmail, "userEmail");
    return core.execute(
        ApiRequest.post("/mykentik/tenant/{}/user", tenantId)
            .json(Map.of("user", Map.of("user_email", userEmail)))
            .build(),
        r -> Answers.object(r, "user", TenantUser.class));
  }

  /**
   * Removes a user from a tenant ({@code DELETE /mykentik/tenant/{id}/user/{userId}}); it cannot be
   * undone: the user loses access to the tenant's portal.
   */
  public void removeUser(long tenantId, long userId) {
    Checks.positiveId(tenantId, "tenantId");
    Checks.positiveId(userId, "userId");
    core.send(ApiRequest.delete("/mykentik/tenant/{}/user/{}", tenantId, userId).build());
  }
}
