package io.netobs.extrahop;

import io.netobs.extrahop.internal.Transfers;
import io.netobs.extrahop.model.Bundle;
import io.netobs.extrahop.request.BundleApplyOptions;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Bundles: JSON documents of configuration (triggers, dashboards, applications, alerts...) to move
 * between appliances. Exports and uploads are streamed, as bundles can be large. Immutable and
 * thread-safe.
 */
public final class Bundles {
  private static final String JSON = "application/json";

  private final HttpCore core;

  Bundles(HttpCore core) {
    this.core = Objects.requireNonNull(core, "core");
  }

  /** The metadata of every bundle ({@code GET /bundles}). */
  public List<Bundle> list() {
    return core.json(ApiRequest.get("/bundles").build(), Json.listOf(Bundle.class));
  }

  /**
   * The bundle's export as JSON text ({@code GET /bundles/{id}}), held in memory: for large bundles
   * prefer {@link #export(long, OutputStream)} or {@link #export(long, Path)}.
   */
  public String exportText(long id) {
    Checks.positiveId(id, "id");
    return Transfers.text(core, exportRequest(id));
  }

  /**
   * Streams the bundle's export, a JSON document, into {@code out} ({@code GET /bundles/{id}}); the
   * stream is not closed.
   *
   * @return the number of bytes written
   */
  public long export(long id, OutputStream out) {
    return export(id, out, DownloadProgress.NONE);
  }

  /** As {@link #export(long, OutputStream)}, telling {@code progress} how far it has come. */
  public long export(long id, OutputStream out, DownloadProgress progress) {
    Checks.positiveId(id, "id");
    return Transfers.download(core, exportRequest(id), out, progress);
  }

  /**
   * Writes the bundle's export to {@code target}, replacing it only once complete: a failed export
   * leaves no partial file.
   *
   * @return the number of bytes written
   */
  public long export(long id, Path target) {
    return export(id, target, DownloadProgress.NONE);
  }

  /** As {@link #export(long, Path)}, telling {@code progress} how far it has come. */
  public long export(long id, Path target, DownloadProgress progress) {
    Checks.positiveId(id, "id");
    return Transfers.download(core, exportRequest(id), target, progress);
  }

  private static ApiRequest exportRequest(long id) {
    return ApiRequest.get("/bundles/{}", id).build();
  }

  /**
   * Uploads a bundle file ({@code POST /bundles}), streamed from disk, and returns the new bundle's
   * id. Not retried once sent, since the appliance may have saved it.
   *
   * @throws IllegalArgumentException when {@code bundleJson} is not a readable file
   */
  public long upload(Path bundleJson) {
    return core.createdId(Transfers.postFile("/bundles", bundleJson, "bundleJson", JSON));
  }

  /**
   * Uploads a bundle read from {@code in} ({@code POST /bundles}), sent chunked, and returns the
   * new bundle's id. The stream is read once and closed; the call is not retried once bytes were
   * sent.
   */
  public long upload(InputStream in) {
    return upload(in, -1);
  }

  /** As {@link #upload(InputStream)}, with the stream's length in bytes (-1 when unknown). */
  public long upload(InputStream in, long length) {
    return core.createdId(Transfers.postStream("/bundles", in, length, JSON));
  }

  /** Applies a saved bundle to the appliance ({@code POST /bundles/{id}/apply}). */
  public void apply(long id, BundleApplyOptions options) {
    Checks.positiveId(id, "id");
    Checks.notNull(options, "options");
    core.send(ApiRequest.post("/bundles/{}/apply", id).json(options).build());
  }

  /** Deletes a bundle ({@code DELETE /bundles/{id}}). */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/bundles/{}", id).build());
  }

  @Override
  public String toString() {
    return "Bundles";
  }
}
