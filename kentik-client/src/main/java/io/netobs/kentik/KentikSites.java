package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.KentikSite;
import io.netobs.kentik.request.KentikSiteCreate;
import io.netobs.kentik.request.KentikSiteUpdate;
import java.util.List;
import java.util.Map;

/**
 * Sites, the places devices are in: the list at {@code /sites}, one site at {@code /site/{id}},
 * wrapped as {@code {"sites": [...]}} and {@code {"site": {...}}} both ways.
 */
public final class KentikSites {
  private final HttpCore core;

  KentikSites(HttpCore core) {
    this.core = core;
  }

  /** Every site ({@code GET /sites}). */
  public List<KentikSite> list() {
    return core.execute(
        ApiRequest.get("/sites").build(), r -> Answers.list(r, "sites", KentikSite.class));
  }

  /**
   * One site ({@code GET /site/{id}}).
   *
   * @throws io.netobs.http.NotFoundException when there is no such site
   */
  public KentikSite get(long id) {
    Checks.positiveId(id, "id");
    return core.execute(
        ApiRequest.get("/site/{}", id).build(), r -> Answers.object(r, "site", KentikSite.class));
  }

  /** Creates a site ({@code POST /site}). */
  public KentikSite create(KentikSiteCreate site) {
    Checks.notNull(site, "site");
    return core.execute(
        ApiRequest.post("/site").json(Map.of("site", site.toMap())).build(),
        r -> Answers.object(r, "site", KentikSite.class));
  }

  /** Changes a site ({@code PUT /site/{id}}), sending only the fields set. */
  public KentikSite update(long id, KentikSiteUpdate update) {
    Checks.positiveId(id, "id");
    Checks.notNull(update, "update");
    return core.execute(
        ApiRequest.put("/site/{}", id).json(Map.of("site", update.toMap())).build(),
        r -> Answers.object(r, "site", KentikSite.class));
  }

  /** Deletes a site ({@code DELETE /site/{id}}); this cannot be undone. */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/site/{}", id).build());
  }
}
