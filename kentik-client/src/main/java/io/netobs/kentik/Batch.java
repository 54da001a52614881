package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Poller;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.BatchStatus;
import io.netobs.kentik.model.CustomDimension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Batch API: adds, changes and removes flow tags, or the populators of one custom dimension, in
 * operations of any size. The SDK cuts an operation into parts below a byte limit (3,000,000 bytes
 * by default; the API allows 4 MB), sends the first without a guid, the rest with the guid the
 * server assigned, and marks only the last one {@code complete}. Items are read from the source as
 * parts are filled, so a stream of millions of criteria is sent while holding about one part in
 * memory.
 *
 * <p>Syncing the populators of a dimension from a CSV file of {@code address,value} lines,
 * replacing whatever was there before:
 *
 * <pre>{@code
 * try (KentikClient kentik = KentikClient.fromEnv();
 *      Stream<String> lines = Files.lines(Path.of("hosts.csv"))) {
 *   BatchOperation op = kentik.batch().populators("c_hostname")
 *       .replaceAll(true)
 *       .upserts(lines.map(line -> line.split(","))
 *           .map(f -> BatchUpsert.builder().value(f[1])
 *               .criteria(Criterion.builder().direction(Direction.EITHER).addr(f[0]).build()).build()))
 *       .listener(p -> System.out.println(p.partsSent() + " parts, " + p.criteriaSent() + " populators sent"))
 *       .send();
 *   BatchStatus done = op.awaitCompletion(Duration.ofMinutes(15));
 *   System.out.println(done.upserts().applied() + " applied, " + done.upserts().invalid() + " invalid");
 * }
 * }</pre>
 *
 * <p>With {@code replaceAll(true)}, the tags or populators the operation does not mention are
 * deleted once the last part arrives. If a part fails, the operation stops with a {@link
 * BatchPartFailedException} saying what was accepted; the SDK re-sends nothing the server accepted
 * and never completes an operation it could not finish. The Batch API is not open to member-level
 * users.
 */
public final class Batch {
  static final Logger LOG = LoggerFactory.getLogger("io.netobs.kentik.batch");

  private final HttpCore core;
  private final Poller.Timing timing;

  Batch(HttpCore core) {
    this(core, Poller.Timing.SYSTEM);
  }

  /**
   * A Batch API whose operations wait for completion on {@code timing}'s clock (tests pass a fake
   * one).
   */
  Batch(HttpCore core, Poller.Timing timing) {
    this.core = core;
    this.timing = timing;
  }

  /** The clock and sleep that {@link BatchOperation#awaitCompletion} polls with. */
  Poller.Timing timing() {
    return timing;
  }

  /**
   * A batch operation on the account's flow tags ({@code POST /batch/tags}); each upsert's value is
   * a tag name.
   */
  public BatchRequest tags() {
    return new BatchRequest(core, this, BatchRequest.Target.tags());
  }

  /**
   * A batch operation on the populators of the dimension named {@code dimensionName} (by name, not
   * id: {@code POST /batch/customdimensions/{name}/populators}). Values are checked with the string
   * rule.
   */
  public BatchRequest populators(String dimensionName) {
    Rules.dimensionName(dimensionName, "dimensionName");
    return new BatchRequest(core, this, BatchRequest.Target.populators(dimensionName, null));
  }

  /** As {@link #populators(String)}, with values also checked against the dimension's type. */
  public BatchRequest populators(CustomDimension dimension) {
    Checks.notNull(dimension, "dimension");
    Rules.dimensionName(dimension.name(), "dimension.name");
    return new BatchRequest(
        core, this, BatchRequest.Target.populators(dimension.name(), dimension.type()));
  }

  /** The status of operation {@code guid} ({@code GET /batch/{guid}/status}). */
  public BatchStatus status(String guid) {
    Checks.notBlank(guid, "guid");
    return core.execute(
        ApiRequest.get("/batch/{}/status", guid).build(),
        r -> Answers.object(r, null, BatchStatus.class));
  }

  /**
   * A handle on an operation started earlier (by this process or another), to follow its status.
   */
  public BatchOperation operation(String guid) {
    Checks.notBlank(guid, "guid");
    return new BatchOperation(this, guid, 0, 0, 0, 0, null, BatchRequest.DEFAULT_POLL_INTERVAL);
  }

  static void notify(BatchProgressListener listener, BatchProgress progress) {
    if (listener == null) {
      return;
    }
    try {
      listener.onProgress(progress);
    } catch (RuntimeException e) {
      LOG.warn("batch progress listener failed (ignored): {}", e.toString());
    }
  }
}
