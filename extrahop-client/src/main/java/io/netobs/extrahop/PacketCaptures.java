package io.netobs.extrahop;

import io.netobs.extrahop.internal.Transfers;
import io.netobs.extrahop.model.PacketCapture;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Packet captures stored on the appliance by triggers: list their metadata, download the PCAP bytes
 * (streamed, never held in memory), delete them. Downloading needs the {@code "packets": "full"}
 * privilege. Immutable and thread-safe.
 *
 * <p>Only older on-premises firmware keeps packet captures: RevealX 360 and the firmware after the
 * 9.x line offer packet search instead. There each method fails with {@link
 * UnsupportedFirmwareException}, before sending when the client knows the firmware, otherwise in
 * place of the appliance's 404.
 */
public final class PacketCaptures {
  private static final String PCAP = "application/vnd.tcpdump.pcap, " + Transfers.ACCEPT_ANY;

  private static final String INSTEAD = "search packets with POST /packets/search instead";

  private final HttpCore core;

  /** The firmware's forms, or null when every call is sent whatever the firmware. */
  private final FirmwareForms forms;

  PacketCaptures(HttpCore core) {
    this(core, null);
  }

  PacketCaptures(HttpCore core, FirmwareForms forms) {
    this.core = Objects.requireNonNull(core, "core");
    this.forms = forms;
  }

  private <T> T gated(String operation, Supplier<T> call) {
    return forms == null ? call.get() : forms.guideOnly(operation, INSTEAD, call);
  }

  /** The metadata of every packet capture ({@code GET /packetcaptures}). */
  public List<PacketCapture> list() {
    return gated(
        "GET /packetcaptures",
        () ->
            core.json(ApiRequest.get("/packetcaptures").build(), Json.listOf(PacketCapture.class)));
  }

  /**
   * Streams the capture's PCAP bytes into {@code out} ({@code GET /packetcaptures/{id}}); the
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
    Checks.notNull(out, "out");
    return gated(
        "GET /packetcaptures/{id}", () -> Transfers.download(core, request(id), out, progress));
  }

  /**
   * Downloads the capture's PCAP bytes to {@code target}, replacing it only once the download is
   * complete: a failed download leaves no partial file.
   *
   * @return the number of bytes written
   */
  public long download(long id, Path target) {
    return download(id, target, DownloadProgress.NONE);
  }

  /** As {@link #download(long, Path)}, telling {@code progress} how far it has come. */
  public long download(long id, Path target, DownloadProgress progress) {
    Checks.positiveId(id, "id");
    Checks.notNull(target, "target");
    return gated(
        "GET /packetcaptures/{id}", () -> Transfers.download(core, request(id), target, progress));
  }

  private static ApiRequest request(long id) {
    return ApiRequest.get("/packetcaptures/{}", id).header("Accept", PCAP).build();
  }

  /** Permanently removes the capture ({@code DELETE /packetcaptures/{id}}). */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    gated(
        "DELETE /packetcaptures/{id}",
        () -> core.send(ApiRequest.delete("/packetcaptures/{}", id).build()));
  }

  @Override
  public String toString() {
    return "PacketCaptures";
  }
}
