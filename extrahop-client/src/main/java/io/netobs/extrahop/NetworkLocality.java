package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.NetworkLocalityEntry;
import io.netobs.extrahop.request.NetworkLocalityCreate;
import io.netobs.extrahop.request.NetworkLocalityUpdate;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/**
 * The network locality list ({@code /networklocality}): which addresses are internal or external.
 */
public final class NetworkLocality {
  private final Crud<NetworkLocalityEntry> crud;

  NetworkLocality(HttpCore core) {
    this.crud = new Crud<>(core, "/networklocality", NetworkLocalityEntry.class);
  }

  /** Every network locality entry: {@code GET /networklocality}. */
  public List<NetworkLocalityEntry> list() {
    return crud.list();
  }

  /**
   * One network locality entry: {@code GET /networklocality/{id}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public NetworkLocalityEntry get(long id) {
    return crud.get(id);
  }

  /**
   * Creates a network locality entry: {@code POST /networklocality}; returns its id (from the
   * {@code Location} of the 201 answer).
   */
  public long create(NetworkLocalityCreate body) {
    return crud.create(body);
  }

  /**
   * Changes the fields set in {@code update}, and clears those cleared: {@code PATCH
   * /networklocality/{id}}.
   */
  public void update(long id, NetworkLocalityUpdate update) {
    crud.update(id, update);
  }

  /** Deletes a network locality entry: {@code DELETE /networklocality/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }
}
