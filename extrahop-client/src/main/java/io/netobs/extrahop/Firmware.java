package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.internal.Transfers;
import io.netobs.extrahop.model.FirmwareImage;
import io.netobs.extrahop.model.FirmwareRelease;
import io.netobs.extrahop.model.PreviousFirmware;
import io.netobs.extrahop.request.FirmwareUpgrade;
import io.netobs.extrahop.request.FirmwareUrlDownload;
import io.netobs.extrahop.request.FirmwareVersionDownload;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The firmware of the appliance ({@code /extrahop/firmware}): upload an image or have the appliance
 * download one, upgrade to it, or roll back. Downloads, upgrades and rollbacks run in the
 * background: they return a {@link StartedJob} to wait on. Immutable and thread-safe.
 *
 * <pre>{@code
 * Firmware firmware = client.system().firmware();
 * String latest = firmware.available().get(0).versions().get(0);
 * firmware.downloadVersion(FirmwareVersionDownload.builder().version(latest).build())
 *     .awaitCompletion(Duration.ofMinutes(30));
 * ExtraHopJob upgrade = firmware.upgradeToLatest().awaitCompletion(Duration.ofHours(1));
 * }</pre>
 *
 * <p><b>An upgrade or a rollback cannot be undone from here</b>: the appliance restarts, capture
 * and the API pause until it is back, and a rollback also empties the datastore.
 */
public final class Firmware {
  private static final String BINARY = "application/octet-stream";

  private final HttpCore core;
  private final Jobs jobs;

  Firmware(HttpCore core, Jobs jobs) {
    this.core = Objects.requireNonNull(core, "core");
    this.jobs = Objects.requireNonNull(jobs, "jobs");
  }

  /**
   * The releases whose versions the appliance can be upgraded to, from ExtraHop Cloud Services:
   * {@code GET /extrahop/firmware/next}.
   *
   * @return the releases, newest first
   */
  public List<FirmwareRelease> available() {
    return Crud.listAt(core, FirmwareRelease.class, "/extrahop/firmware/next");
  }

  /**
   * The version the appliance can roll back to: {@code GET /extrahop/firmware/previous}; an
   * appliance with none answers 404 ({@link io.netobs.http.NotFoundException}).
   *
   * @return the previous version
   */
  public PreviousFirmware previous() {
    return Crud.getAt(core, PreviousFirmware.class, "/extrahop/firmware/previous");
  }

  /**
   * Uploads a firmware image, streamed from disk: {@code POST /extrahop/firmware}. The appliance
   * checks the image; {@link #upgradeToLatest()} then upgrades to it. Not retried once sent.
   *
   * @param image the firmware image file
   * @return what the appliance answered about the image
   * @throws IllegalArgumentException when {@code image} is not a readable file
   */
  public FirmwareImage upload(Path image) {
    return uploaded(Transfers.postFile("/extrahop/firmware", image, "image", BINARY));
  }

  /**
   * Uploads a firmware image read from {@code in}, which is read once and closed: {@code POST
   * /extrahop/firmware}.
   *
   * @param in the image's bytes
   * @param length the number of bytes, or -1 when unknown (then sent chunked)
   * @return what the appliance answered about the image
   */
  public FirmwareImage upload(InputStream in, long length) {
    return uploaded(Transfers.postStream("/extrahop/firmware", in, length, BINARY));
  }

  private FirmwareImage uploaded(ApiRequest request) {
    return core.execute(
        request,
        response -> {
          byte[] body = response.bytes();
          return body.length == 0
              ? new FirmwareImage(null, Map.of())
              : Json.mapper().readValue(body, FirmwareImage.class);
        });
  }

  /**
   * Has the appliance download a firmware image from a URL: {@code POST
   * /extrahop/firmware/download/url}, answered 202 with the download's job.
   *
   * <p>With {@code upgrade} set, <b>the appliance upgrades itself once the download is complete,
   * which cannot be undone from here</b> (it restarts; see {@link Firmware}).
   *
   * @param download the URL and options
   * @return the download's job
   */
  public StartedJob downloadFromUrl(FirmwareUrlDownload download) {
    return jobs.start(
        ApiRequest.post("/extrahop/firmware/download/url")
            .json(Crud.body(download, "download"))
            .build());
  }

  /**
   * Has the appliance download a firmware version from ExtraHop Cloud Services: {@code POST
   * /extrahop/firmware/download/version}, answered 202 with the download's job.
   *
   * <p>With {@code upgrade} set, <b>the appliance upgrades itself once the download is complete,
   * which cannot be undone from here</b> (it restarts; see {@link Firmware}).
   *
   * @param download the version and options
   * @return the download's job
   */
  public StartedJob downloadVersion(FirmwareVersionDownload download) {
    return jobs.start(
        ApiRequest.post("/extrahop/firmware/download/version")
            .json(Crud.body(download, "download"))
            .build());
  }

  /**
   * Upgrades the appliance to the image uploaded or downloaded last, with the appliance's default
   * options: {@code POST /extrahop/firmware/latest/upgrade}, answered 202 with the upgrade's job.
   *
   * <p><b>Cannot be undone from here:</b> the appliance installs the firmware and restarts;
   * capture, analysis and this API are down until it is back. Going back takes a {@link
   * #rollback()}, which empties the datastore. Never retried.
   *
   * @return the upgrade's job
   */
  public StartedJob upgradeToLatest() {
    return upgradeToLatest(FirmwareUpgrade.builder().build());
  }

  /**
   * As {@link #upgradeToLatest()}, with options.
   *
   * <p><b>Cannot be undone from here</b> (see {@link #upgradeToLatest()}).
   *
   * @param options whether to force the upgrade, restart afterwards, turn the web interface off
   * @return the upgrade's job
   */
  public StartedJob upgradeToLatest(FirmwareUpgrade options) {
    return jobs.start(
        ApiRequest.post("/extrahop/firmware/latest/upgrade")
            .json(Crud.body(options, "options"))
            .build());
  }

  /**
   * Rolls the appliance back to the {@link #previous()} firmware: {@code POST
   * /extrahop/firmware/previous/rollback}, answered 202.
   *
   * <p><b>Cannot be undone:</b> the rollback resets the datastore and removes every metric the
   * appliance has stored; the appliance restarts. Connected appliances are not affected. Never
   * retried.
   *
   * @return the rollback's job, when the appliance names one
   */
  public StartedJob rollback() {
    return jobs.start(ApiRequest.post("/extrahop/firmware/previous/rollback").build());
  }

  @Override
  public String toString() {
    return "Firmware";
  }
}
