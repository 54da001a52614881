package io.netobs.kentik.cloudexport;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.cloudexport.model.CloudExport;
import io.netobs.kentik.cloudexport.model.CloudExportList;
import io.netobs.kentik.cloudexport.request.CloudExportCreate;
import io.netobs.kentik.cloudexport.request.CloudExportUpdate;
import io.netobs.kentik.internal.Answers;
import java.util.Map;

/**
 * Cloud exports, through the v6 Cloud Export API v202506 on the client's v6 gateway ({@code
 * /cloud_export/v202506/exports}). Ids are strings. Answers are wrapped: {@code {"export": {...}}},
 * {@code {"exports": [...], "invalidExportsCount": "0"}}; requests too ({@code {"export": {...}}}).
 * An update replaces the whole export: start it from the export as read ({@link
 * CloudExportUpdate.Builder#from(CloudExport)}).
 */
public final class CloudExports {
  private static final String EXPORTS = "/cloud_export/v202506/exports";
  private static final String EXPORT = EXPORTS + "/{}";

  private final HttpCore v6;

  /**
   * Serves the exports through {@code v6}, a core on the v6 gateway's root.
   *
   * @param v6 the core
   */
  public CloudExports(HttpCore v6) {
    this.v6 = Checks.notNull(v6, "v6");
  }

  /**
   * Every export ({@code GET /cloud_export/v202506/exports}), and how many Kentik left out as
   * invalid.
   *
   * @return the exports
   */
  public CloudExportList list() {
    return v6.execute(
        ApiRequest.get(EXPORTS).build(), r -> Answers.object(r, null, CloudExportList.class));
  }

  /**
   * One export ({@code GET /cloud_export/v202506/exports/{id}}).
   *
   * @param id the export's id
   * @return the export
   * @throws IllegalArgumentException when the id is null or blank
   */
  public CloudExport get(String id) {
    Checks.notBlank(id, "id");
    return v6.execute(
        ApiRequest.get(EXPORT, id).build(), r -> Answers.object(r, "export", CloudExport.class));
  }

  /**
   * Creates an export ({@code POST /cloud_export/v202506/exports}). Not retried once it may have
   * reached Kentik, so that an export is never created twice.
   *
   * @param export the new export
   * @return the export as created, with its id and status
   */
  public CloudExport create(CloudExportCreate export) {
    Checks.notNull(export, "export");
    return v6.execute(
        ApiRequest.post(EXPORTS).json(Map.of("export", export.toMap())).build(),
        r -> Answers.object(r, "export", CloudExport.class));
  }

  /**
   * Replaces export {@code id} ({@code PUT /cloud_export/v202506/exports/{id}}) with {@code
   * export}: every field not sent is reset, which cannot be undone. Start the update from the
   * export as read ({@link CloudExportUpdate.Builder#from(CloudExport)}).
   *
   * @param id the export's id
   * @param export the export's new content
   * @return the export as updated
   * @throws IllegalArgumentException when the id is null or blank
   */
  public CloudExport update(String id, CloudExportUpdate export) {
    Checks.notBlank(id, "id");
    Checks.notNull(export, "export");
    return v6.execute(
        ApiRequest.put(EXPORT, id).json(Map.of("export", export.toMap())).build(),
        r -> Answers.object(r, "export", CloudExport.class));
  }

  /**
   * Deletes an export ({@code DELETE /cloud_export/v202506/exports/{id}}); Kentik stops reading the
   * cloud's logs for it. This cannot be undone.
   *
   * @param id the export's id
   * @throws IllegalArgumentException when the id is null or blank
   */
  public void delete(String id) {
    Checks.notBlank(id, "id");
    v6.send(ApiRequest.delete(EXPORT, id).build());
  }
}
