package io.netobs.extrahop;

import io.netobs.extrahop.internal.Transfers;
import io.netobs.extrahop.model.PacketSearchForm;
import io.netobs.extrahop.model.PacketSearchOutput;
import io.netobs.extrahop.model.PacketSearchResult;
import io.netobs.extrahop.request.PacketSearch;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Packet search ({@code /packets/search}): the packets the appliance stored for a time range, host,
 * port or BPF filter, downloaded as PCAP, PCAPNG, a key log, or a ZIP file (see {@link
 * PacketSearchOutput}). The bytes are streamed, never held in memory. Needs the privilege to
 * download packets.
 *
 * <pre>{@code
 * PacketSearchResult result = client.packets().search(
 *     PacketSearch.builder().from(ExtraHopTime.ago(Duration.ofMinutes(10))).ip1("10.0.0.5").build(),
 *     Path.of("suspect.pcap"));
 * if (!result.matched()) {
 *   System.out.println("no packets matched; no file was written");
 * }
 * }</pre>
 *
 * <p>When nothing matches, the appliance answers 204 without a body: the result says so, and no
 * file is created or replaced (unless the search asked for {@code always_return_body}, which gets
 * an empty file instead). A download to a file goes through a temporary file beside the target that
 * replaces it only when complete, so a failed download leaves no file behind; a download into a
 * caller's stream is not retried once bytes were written.
 *
 * <p>The search goes as {@code POST /packets/search} with a JSON body, or, with {@link
 * #withSearchForm(PacketSearchForm)}, as {@code GET /packets/search} with query parameters. Both
 * answer the same bytes. Immutable and thread-safe.
 */
public final class Packets {
  private static final String PCAP = "application/vnd.tcpdump.pcap, " + Transfers.ACCEPT_ANY;

  private final HttpCore core;
  private final PacketSearchForm searchForm;

  Packets(HttpCore core) {
    this(core, PacketSearchForm.BODY);
  }

  private Packets(HttpCore core, PacketSearchForm searchForm) {
    this.core = Objects.requireNonNull(core, "core");
    this.searchForm = Objects.requireNonNull(searchForm, "searchForm");
  }

  /** A variant of this resource that sends searches in the given form. */
  public Packets withSearchForm(PacketSearchForm searchForm) {
    Checks.notNull(searchForm, "searchForm");
    return new Packets(core, searchForm);
  }

  /** The form in which this resource sends searches. */
  public PacketSearchForm searchForm() {
    return searchForm;
  }

  /**
   * Downloads the packets matching {@code search} to {@code target}, replacing it only once the
   * download is complete: a failed download leaves no partial file. An existing {@code target} is
   * overwritten when packets matched.
   *
   * @return whether packets matched, and the bytes written
   */
  public PacketSearchResult search(PacketSearch search, Path target) {
    return search(search, target, DownloadProgress.NONE);
  }

  /** As {@link #search(PacketSearch, Path)}, telling {@code progress} how far it has come. */
  public PacketSearchResult search(PacketSearch search, Path target, DownloadProgress progress) {
    Checks.notNull(search, "search");
    Checks.notNull(target, "target");
    Checks.notNull(progress, "progress");
    return result(Transfers.downloadUnlessNoContent(core, request(search), target, progress));
  }

  /**
   * Streams the packets matching {@code search} into {@code out}; the stream is not closed. When
   * nothing matched, nothing is written.
   *
   * @return whether packets matched, and the bytes written
   */
  public PacketSearchResult search(PacketSearch search, OutputStream out) {
    return search(search, out, DownloadProgress.NONE);
  }

  /**
   * As {@link #search(PacketSearch, OutputStream)}, telling {@code progress} how far it has come.
   */
  public PacketSearchResult search(
      PacketSearch search, OutputStream out, DownloadProgress progress) {
    Checks.notNull(search, "search");
    Checks.notNull(out, "out");
    Checks.notNull(progress, "progress");
    return result(Transfers.downloadUnlessNoContent(core, request(search), out, progress));
  }

  private static PacketSearchResult result(OptionalLong bytes) {
    return bytes.isPresent()
        ? new PacketSearchResult(true, bytes.getAsLong())
        : PacketSearchResult.noMatch();
  }

  private ApiRequest request(PacketSearch search) {
    ApiRequest.Builder request;
    if (searchForm == PacketSearchForm.QUERY) {
      request = ApiRequest.get("/packets/search");
      for (Map.Entry<String, String> parameter : search.toQuery()) {
        request.query(parameter.getKey(), parameter.getValue());
      }
    } else {
      request = ApiRequest.post("/packets/search").json(search.toMap());
    }
    // A search reads stored packets and changes nothing, so it may be sent again.
    return request.header("Accept", PCAP).idempotent(true).build();
  }

  @Override
  public String toString() {
    return "Packets[searchForm=" + searchForm + "]";
  }
}
