package io.netobs.extrahop;

import io.netobs.extrahop.internal.Transfers;
import io.netobs.extrahop.model.SupportPack;
import io.netobs.extrahop.model.SupportPackStatus;
import io.netobs.http.PollOptions;
import io.netobs.http.WaitTimeoutException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import io.netobs.http.internal.Poller;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Support packs: files of configuration adjustments from ExtraHop Support. Run one ({@code POST
 * /supportpacks/execute}, the file streamed), follow it through the queue, and download the
 * resulting files. Immutable and thread-safe.
 *
 * <pre>{@code
 * String run = client.supportPacks().execute(Path.of("fix.expk"));
 * SupportPackStatus done = client.supportPacks().awaitCompletion(run, Duration.ofMinutes(5));
 * }</pre>
 */
public final class SupportPacks {
  private static final String BINARY = "application/octet-stream";

  private final HttpCore core;
  private final PollOptions polling;
  private final Poller.Timing timing;

  SupportPacks(HttpCore core) {
    this(core, PollOptions.defaults(), Poller.Timing.SYSTEM);
  }

  SupportPacks(HttpCore core, PollOptions polling, Poller.Timing timing) {
    this.core = Objects.requireNonNull(core, "core");
    this.polling = Objects.requireNonNull(polling, "polling");
    this.timing = Objects.requireNonNull(timing, "timing");
  }

  /**
   * A variant of this resource whose {@link #awaitCompletion(String)} polls as {@code polling}
   * says.
   */
  public SupportPacks withPolling(PollOptions polling) {
    Checks.notNull(polling, "polling");
    return new SupportPacks(core, polling, timing);
  }

  /** How {@link #awaitCompletion(String)} polls. */
  public PollOptions polling() {
    return polling;
  }

  /** The metadata of every support pack file ({@code GET /supportpacks}). */
  public List<SupportPack> list() {
    return core.json(ApiRequest.get("/supportpacks").build(), Json.listOf(SupportPack.class));
  }

  /**
   * Runs the appliance's default support pack ({@code POST /supportpacks/execute} without a file)
   * and returns the id of the run in the queue, for {@link #status(String)}.
   */
  public String execute() {
    return core.createdKey(ApiRequest.post("/supportpacks/execute").build());
  }

  /**
   * Uploads a support pack file and runs it ({@code POST /supportpacks/execute}), streamed from
   * disk; returns the id of the run in the queue. Not retried once sent.
   *
   * @throws IllegalArgumentException when {@code supportPack} is not a readable file
   */
  public String execute(Path supportPack) {
    return core.createdKey(
        Transfers.postFile("/supportpacks/execute", supportPack, "supportPack", BINARY));
  }

  /**
   * Uploads a support pack read from {@code in} and runs it, sent chunked; the stream is read once
   * and closed. Returns the id of the run in the queue.
   */
  public String execute(InputStream in) {
    return execute(in, -1);
  }

  /** As {@link #execute(InputStream)}, with the stream's length in bytes (-1 when unknown). */
  public String execute(InputStream in, long length) {
    return core.createdKey(Transfers.postStream("/supportpacks/execute", in, length, BINARY));
  }

  /**
   * Uploads a support pack file and runs it: {@code POST /supportpacks} (the form of today's
   * firmware; {@link #execute(Path)} is the older one), streamed from disk. The appliance answers
   * 202 with the run in the queue; the id returned is followed by {@link #status(String)} and
   * {@link #awaitCompletion(String)}. Not retried once sent.
   *
   * @throws IllegalArgumentException when {@code supportPack} is not a readable file
   */
  public String upload(Path supportPack) {
    return core.createdKey(Transfers.postFile("/supportpacks", supportPack, "supportPack", BINARY));
  }

  /** As {@link #upload(Path)}, the pack read once from {@code in} (and closed), sent chunked. */
  public String upload(InputStream in) {
    return upload(in, -1);
  }

  /** As {@link #upload(InputStream)}, with the stream's length in bytes (-1 when unknown). */
  public String upload(InputStream in, long length) {
    return core.createdKey(Transfers.postStream("/supportpacks", in, length, BINARY));
  }

  /** Where a run stands ({@code GET /supportpacks/queue/{id}}). */
  public SupportPackStatus status(String queueId) {
    Checks.notBlank(queueId, "queueId");
    return core.json(
        ApiRequest.get("/supportpacks/queue/{}", queueId).build(), SupportPackStatus.class);
  }

  /**
   * Polls {@link #status(String)} with a growing wait until the run has finished, well or badly
   * (see {@link SupportPackStatus#isFailed()}), for at most {@code timeout}.
   *
   * @throws WaitTimeoutException when the run is still going after {@code timeout}
   */
  public SupportPackStatus awaitCompletion(String queueId, Duration timeout) {
    Checks.notNull(timeout, "timeout");
    return await(queueId, polling.withTimeout(timeout));
  }

  /**
   * As {@link #awaitCompletion(String, Duration)}, for at most this resource's {@link #polling()}
   * timeout.
   */
  public SupportPackStatus awaitCompletion(String queueId) {
    return await(queueId, polling);
  }

  private SupportPackStatus await(String queueId, PollOptions options) {
    Checks.notBlank(queueId, "queueId");
    return Poller.until(
        options,
        timing,
        "GET",
        "/supportpacks/queue/" + queueId,
        () -> status(queueId),
        SupportPackStatus::isFinished,
        status ->
            "the support pack is still "
                + (status.status() == null ? "running" : "\"" + status.status() + "\""));
  }

  /**
   * Streams a support pack file into {@code out} ({@code GET /supportpacks/{filename}}); the stream
   * is not closed.
   *
   * @return the number of bytes written
   */
  public long download(String filename, OutputStream out) {
    return download(filename, out, DownloadProgress.NONE);
  }

  /** As {@link #download(String, OutputStream)}, telling {@code progress} how far it has come. */
  public long download(String filename, OutputStream out, DownloadProgress progress) {
    return Transfers.download(core, downloadRequest(filename), out, progress);
  }

  /**
   * Downloads a support pack file to {@code target}, replacing it only once complete: a failed
   * download leaves no partial file.
   *
   * @return the number of bytes written
   */
  public long download(String filename, Path target) {
    return download(filename, target, DownloadProgress.NONE);
  }

  /** As {@link #download(String, Path)}, telling {@code progress} how far it has come. */
  public long download(String filename, Path target, DownloadProgress progress) {
    return Transfers.download(core, downloadRequest(filename), target, progress);
  }

  private static ApiRequest downloadRequest(String filename) {
    Checks.notBlank(filename, "filename");
    return ApiRequest.get("/supportpacks/{}", filename)
        .header("Accept", Transfers.ACCEPT_ANY)
        .build();
  }

  @Override
  public String toString() {
    return "SupportPacks[" + polling + "]";
  }
}
