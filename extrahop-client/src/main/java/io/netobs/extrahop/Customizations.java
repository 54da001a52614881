package io.netobs.extrahop;

import io.netobs.extrahop.internal.Transfers;
import io.netobs.extrahop.model.Customization;
import io.netobs.extrahop.model.CustomizationStatus;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backup files ({@code /customizations}): create, list, download (streamed), restore, delete. Needs
 * full system privileges. Immutable and thread-safe.
 */
public final class Customizations {
  private final HttpCore core;

  Customizations(HttpCore core) {
    this.core = Objects.requireNonNull(core, "core");
  }

  /** Every backup file ({@code GET /customizations}). */
  public List<Customization> list() {
    return core.json(ApiRequest.get("/customizations").build(), Json.listOf(Customization.class));
  }

  /** One backup file's metadata ({@code GET /customizations/{id}}). */
  public Customization get(long id) {
    Checks.positiveId(id, "id");
    return core.json(ApiRequest.get("/customizations/{}", id).build(), Customization.class);
  }

  /** How the latest backup attempt went: {@code GET /customizations/status}. */
  public CustomizationStatus status() {
    return core.json(ApiRequest.get("/customizations/status").build(), CustomizationStatus.class);
  }

  /**
   * Makes a backup of the appliance now ({@code POST /customizations}) and returns its id.
   *
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public long create(String name) {
    Checks.notBlank(name, "name");
    return core.createdId(ApiRequest.post("/customizations").json(Map.of("name", name)).build());
  }

  /**
   * Streams the backup file into {@code out} ({@code POST /customizations/{id}/download}); the
   * stream is not closed.
   *
   * @return the number of bytes written
   */
  public long download(long id, OutputStream out) {
    return download(id, out, DownloadProgress.NONE);
  }

  /** As {@link #download(long, OutputStream)}, telling {@code progress} how far it has come. */
  public long download(long id, OutputStream out, DownloadProgress progress) {
    Checks.positiveId(id, "id");
    return Transfers.download(core, downloadRequest(id), out, progress);
  }

  /**
   * Downloads the backup file to {@code target}, replacing it only once complete: a failed download
   * leaves no partial file.
   *
   * @return the number of bytes written
   */
  public long download(long id, Path target) {
    return download(id, target, DownloadProgress.NONE);
  }

  /** As {@link #download(long, Path)}, telling {@code progress} how far it has come. */
  public long download(long id, Path target, DownloadProgress progress) {
    Checks.positiveId(id, "id");
    return Transfers.download(core, downloadRequest(id), target, progress);
  }

  private static ApiRequest downloadRequest(long id) {
    // A POST that only reads: safe to send again.
    return ApiRequest.post("/customizations/{}/download", id)
        .header("Accept", Transfers.ACCEPT_ANY)
        .idempotent(true)
        .build();
  }

  /**
   * Restores the customizations of a backup file onto this appliance ({@code POST
   * /customizations/{id}/apply}).
   *
   * <p><b>Hard to undo:</b> objects of the backup replace the appliance's current alerts,
   * dashboards, triggers and other customizations. Make a fresh backup first with {@link
   * #create(String)} if the current state may be wanted again. Not retried once sent.
   */
  public void apply(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.post("/customizations/{}/apply", id).build());
  }

  /** Deletes a backup file ({@code DELETE /customizations/{id}}). */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/customizations/{}", id).build());
  }

  @Override
  public String toString() {
    return "Customizations";
  }
}
