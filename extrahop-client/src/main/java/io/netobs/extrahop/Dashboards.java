package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Dashboard;
import io.netobs.extrahop.model.Report;
import io.netobs.extrahop.model.Sharing;
import io.netobs.extrahop.request.DashboardUpdate;
import io.netobs.extrahop.request.SharingUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/**
 * Dashboards ({@code /dashboards}). A dashboard is addressed by its numeric id or by the short code
 * of its URL with a tilde in front ({@code ~kmC9Y}): every method takes either a {@code long} id or
 * a {@code String} key, which is an id in digits or {@code ~} and a short code ({@link
 * #shortCode(String)} adds the tilde).
 */
public final class Dashboards {
  private final HttpCore core;
  private final Crud<Dashboard> crud;

  Dashboards(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/dashboards", Dashboard.class);
  }

  /** The key of the dashboard with this short code, e.g. {@code "kmC9Y"} gives {@code "~kmC9Y"}. */
  public static String shortCode(String shortCode) {
    Checks.notBlank(shortCode, "shortCode");
    String code = shortCode.strip();
    return code.startsWith("~") ? code : "~" + code;
  }

  /** Every dashboard: {@code GET /dashboards}. */
  public List<Dashboard> list() {
    return crud.list();
  }

  /** One dashboard: {@code GET /dashboards/{id}}. */
  public Dashboard get(long id) {
    return crud.get(id);
  }

  /**
   * One dashboard by id ({@code "42"}) or short code ({@code "~kmC9Y"}): {@code GET
   * /dashboards/{key}}.
   */
  public Dashboard get(String key) {
    return crud.get(key(key));
  }

  /** Changes the fields set (such as its owner): {@code PATCH /dashboards/{id}}. */
  public void update(long id, DashboardUpdate update) {
    crud.update(id, update);
  }

  /** As {@link #update(long, DashboardUpdate)}, by id or short code. */
  public void update(String key, DashboardUpdate update) {
    crud.update(key(key), update);
  }

  /** Deletes a dashboard: {@code DELETE /dashboards/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }

  /** As {@link #delete(long)}, by id or short code. */
  public void delete(String key) {
    crud.delete(key(key));
  }

  /**
   * The scheduled reports that contain the dashboard (Command appliances): {@code GET
   * /dashboards/{id}/reports}.
   */
  public List<Report> reports(long id) {
    return reports(String.valueOf(Crud.id(id)));
  }

  /** As {@link #reports(long)}, by id or short code. */
  public List<Report> reports(String key) {
    return Crud.listAt(core, Report.class, "/dashboards/{}/reports", key(key));
  }

  /** Who may see or edit the dashboard: {@code GET /dashboards/{id}/sharing}. */
  public Sharing sharing(long id) {
    return sharing(String.valueOf(Crud.id(id)));
  }

  /** As {@link #sharing(long)}, by id or short code. */
  public Sharing sharing(String key) {
    return Crud.getAt(core, Sharing.class, "/dashboards/{}/sharing", key(key));
  }

  /** Changes only the sharing entries set: {@code PATCH /dashboards/{id}/sharing}. */
  public void updateSharing(long id, SharingUpdate update) {
    updateSharing(String.valueOf(Crud.id(id)), update);
  }

  /** As {@link #updateSharing(long, SharingUpdate)}, by id or short code. */
  public void updateSharing(String key, SharingUpdate update) {
    core.send(
        ApiRequest.patch("/dashboards/{}/sharing", key(key))
            .json(Crud.body(update, "update"))
            .idempotent(true)
            .build());
  }

  /**
   * Replaces the whole sharing state with the entries set: {@code PUT /dashboards/{id}/sharing}.
   */
  public void replaceSharing(long id, SharingUpdate sharing) {
    replaceSharing(String.valueOf(Crud.id(id)), sharing);
  }

  /** As {@link #replaceSharing(long, SharingUpdate)}, by id or short code. */
  public void replaceSharing(String key, SharingUpdate sharing) {
    core.send(
        ApiRequest.put("/dashboards/{}/sharing", key(key))
            .json(Crud.body(sharing, "sharing"))
            .build());
  }

  static String key(String key) {
    Checks.notBlank(key, "key");
    String k = key.strip();
    if (k.chars().allMatch(c -> c >= '0' && c <= '9')) {
      long id;
      try {
        id = Long.parseLong(k);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "key must be a dashboard id (a positive 64-bit number) or '~' and a short code, was '"
                + key
                + "'",
            e);
      }
      Checks.positiveId(id, "key");
      return k;
    }
    if (k.startsWith("~")
        && k.length() > 1
        && k.chars().skip(1).noneMatch(c -> c == '/' || Character.isWhitespace(c))) {
      return k;
    }
    throw new IllegalArgumentException(
        "dashboard key must be a numeric id or '~' followed by the short code (see Dashboards.shortCode), was '"
            + key
            + "'");
  }
}
