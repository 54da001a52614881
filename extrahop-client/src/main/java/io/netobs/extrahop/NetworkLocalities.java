package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.NetworkLocalityEntry;
import io.netobs.extrahop.request.NetworkLocalityCreate;
import io.netobs.extrahop.request.NetworkLocalityUpdate;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.List;
import java.util.Objects;

/**
 * Network localities: which addresses are internal or external. Today's firmware serves them at
 * {@code /networklocalities}, each entry with a {@code networks} array; the older firmware at
 * {@code /networklocality}, with one {@code network} string. Each call uses the path the connected
 * firmware has ({@link ExtraHopClient#firmwareVersion()}: RevealX 360 and firmware after the 9.x
 * line use {@code /networklocalities}), asking the appliance for its firmware once per client
 * unless it is pinned.
 *
 * <pre>{@code
 * long id = client.networkLocalities().create(NetworkLocalityCreate.builder()
 *     .networks("10.0.0.0/8", "192.168.0.0/16").external(false).name("offices").build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NetworkLocalities {
  private final Crud<NetworkLocalityEntry> current;
  private final Crud<NetworkLocalityEntry> older;
  private final FirmwareForms forms;

  NetworkLocalities(HttpCore core, FirmwareForms forms) {
    this.current = new Crud<>(core, "/networklocalities", NetworkLocalityEntry.class);
    this.older = new Crud<>(core, "/networklocality", NetworkLocalityEntry.class);
    this.forms = Objects.requireNonNull(forms, "forms");
  }

  private Crud<NetworkLocalityEntry> crud() {
    return forms.currentForms() ? current : older;
  }

  /** Every network locality entry: {@code GET /networklocalities}. */
  public List<NetworkLocalityEntry> list() {
    return crud().list();
  }

  /**
   * One network locality entry: {@code GET /networklocalities/{id}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public NetworkLocalityEntry get(long id) {
    Checks.positiveId(id, "id");
    return crud().get(id);
  }

  /**
   * Creates a network locality entry: {@code POST /networklocalities}; returns its id (from the
   * {@code Location} of the 201 answer). Older firmware takes one address or block in {@code
   * network}; today's takes {@code networks} (and still accepts {@code network}).
   */
  public long create(NetworkLocalityCreate body) {
    Checks.notNull(body, "body");
    return crud().create(body);
  }

  /**
   * Changes the fields set in {@code update}, and clears those cleared: {@code PATCH
   * /networklocalities/{id}}. Setting {@code networks} replaces every address of the entry.
   */
  public void update(long id, NetworkLocalityUpdate update) {
    Checks.positiveId(id, "id");
    Checks.notNull(update, "update");
    crud().update(id, update);
  }

  /**
   * Deletes a network locality entry: {@code DELETE /networklocalities/{id}}. It cannot be undone:
   * its addresses fall back to the appliance's default locality.
   */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    crud().delete(id);
  }

  /**
   * The path the entries are at for the connected firmware: {@code /networklocalities} or {@code
   * /networklocality}.
   */
  public String path() {
    return forms.currentForms() ? "/networklocalities" : "/networklocality";
  }

  @Override
  public String toString() {
    return "NetworkLocalities[" + forms + "]";
  }
}
