package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.ObservedSoftware;
import io.netobs.extrahop.request.SoftwareQuery;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/**
 * The software the appliance has observed on the network ({@code /software}). A device's own
 * software is {@code devices().software(id)}.
 */
public final class Software {
  private final Crud<ObservedSoftware> crud;

  Software(HttpCore core) {
    this.crud = new Crud<>(core, "/software", ObservedSoftware.class);
  }

  /** Every observed software: {@code GET /software}. */
  public List<ObservedSoftware> list() {
    return crud.list();
  }

  /**
   * The observed software matching {@code query}: {@code GET
   * /software?software_type=..&name=..&version=..}, the parameters not set left out.
   */
  public List<ObservedSoftware> list(SoftwareQuery query) {
    Checks.notNull(query, "query");
    return crud.list(query.toQuery());
  }

  /**
   * One observed software, by its string id: {@code GET /software/{id}}.
   *
   * @throws io.netobs.http.NotFoundException when there is none with this id
   */
  public ObservedSoftware get(String id) {
    return crud.get(Crud.key(id, "id"));
  }
}
