package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.NetworkLocalityEntry;
import io.netobs.extrahop.request.NetworkLocalityCreate;
import io.netobs.extrahop.request.NetworkLocalityUpdate;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.List;
import java.util.function.Supplier;

/**
 * The network locality list at the older firmware's path ({@code /networklocality}): which
 * addresses are internal or external.
 *
 * <p>Today's firmware serves the same list at {@code /networklocalities}; {@link
 * ExtraHopClient#networkLocalities()} uses whichever path the firmware has. Here, on RevealX 360
 * and on firmware after the 9.x line, each call fails with {@link UnsupportedFirmwareException}:
 * before sending when the client knows the firmware, otherwise in place of the appliance's 404.
 */
public final class NetworkLocality {
  private static final String INSTEAD = "use client.networkLocalities()";

  private final Crud<NetworkLocalityEntry> crud;

  /** The firmware's forms, or null when every call is sent whatever the firmware. */
  private final FirmwareForms forms;

  NetworkLocality(HttpCore core) {
    this(core, null);
  }

  NetworkLocality(HttpCore core, FirmwareForms forms) {
    this.crud = new Crud<>(core, "/networklocality", NetworkLocalityEntry.class);
    this.forms = forms;
  }

  private <T> T gated(String operation, Supplier<T> call) {
    return forms == null ? call.get() : forms.guideOnly(operation, INSTEAD, call);
  }

  /** Every network locality entry: {@code GET /networklocality}. */
  public List<NetworkLocalityEntry> list() {
    return gated("GET /networklocality", crud::list);
  }

  /**
   * One network locality entry: {@code GET /networklocality/{id}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public NetworkLocalityEntry get(long id) {
    Checks.positiveId(id, "id");
    return gated("GET /networklocality/{id}", () -> crud.get(id));
  }

  /**
   * Creates a network locality entry: {@code POST /networklocality}; returns its id (from the
   * {@code Location} of the 201 answer).
   */
  public long create(NetworkLocalityCreate body) {
    Checks.notNull(body, "body");
    return gated("POST /networklocality", () -> crud.create(body));
  }

  /**
   * Changes the fields set in {@code update}, and clears those cleared: {@code PATCH
   * /networklocality/{id}}.
   */
  public void update(long id, NetworkLocalityUpdate update) {
    Checks.positiveId(id, "id");
    Checks.notNull(update, "update");
    gated(
        "PATCH /networklocality/{id}",
        () -> {
          crud.update(id, update);
          return null;
        });
  }

  /**
   * Deletes a network locality entry: {@code DELETE /networklocality/{id}}. It cannot be undone:
   * the addresses fall back to the appliance's default locality.
   */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    gated(
        "DELETE /networklocality/{id}",
        () -> {
          crud.delete(id);
          return null;
        });
  }
}
