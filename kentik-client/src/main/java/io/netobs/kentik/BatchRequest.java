package io.netobs.kentik;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.ApiException;
import io.netobs.http.DecodingException;
import io.netobs.http.NetobsException;
import io.netobs.http.TransportException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.ApiResponse;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.ErrorBodies;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import io.netobs.kentik.internal.PartWriter;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One batch operation being put together: upserts and deletes, {@code replace_all}, and how to send
 * it. Made by {@link Batch#tags()} or {@link Batch#populators(String)}; sent once by {@link
 * #send()}. Not thread-safe (it is meant to be built and sent on one thread).
 *
 * <p>Items are sent in the order given: every upsert, then every delete. Sources given as an {@link
 * Iterator}, {@link Stream} or {@link Iterable} are read only while parts are filled, never held
 * whole; a stream is closed when {@link #send()} returns or fails.
 */
public final class BatchRequest {
  /** The default part size limit, in bytes, as Kentik's recent clients use. */
  public static final int DEFAULT_PART_SIZE_LIMIT = 3_000_000;

  /** The largest part the API accepts: 4 MB. */
  public static final int MAX_PART_SIZE_LIMIT = 4 * 1024 * 1024;

  /** The smallest part size limit this client accepts. */
  public static final int MIN_PART_SIZE_LIMIT = 256;

  static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

  /**
   * A success answer whose message asks for the part again ("please re-submit this part", "send it
   * again", "try again"). Deliberately narrow: a false match would stop an operation whose part was
   * accepted.
   */
  private static final Pattern RESEND =
      Pattern.compile(
          "(?i)\\bre-?submit|\\bre-?send|\\b(submit|send|post)\\s+(it|this|the)?\\s*(part|batch|request)?\\s*again|\\btry\\s+again");

  /** Where the parts go. */
  record Target(String pathTemplate, String dimensionName, DimensionType type) {
    static Target tags() {
      return new Target("/batch/tags", null, null);
    }

    static Target populators(String dimensionName, DimensionType type) {
      return new Target("/batch/customdimensions/{}/populators", dimensionName, type);
    }

    boolean isTags() {
      return dimensionName == null;
    }

    ApiRequest.Builder post() {
      return isTags()
          ? ApiRequest.post(pathTemplate)
          : ApiRequest.post(pathTemplate, dimensionName);
    }

    String describe() {
      return isTags()
          ? "POST /batch/tags"
          : "POST /batch/customdimensions/" + dimensionName + "/populators";
    }
  }

  private final HttpCore core;
  private final Batch service;
  private final Target target;
  private final List<Supplier<Iterator<BatchUpsert>>> upsertSources = new ArrayList<>();
  private final List<Supplier<Iterator<String>>> deleteSources = new ArrayList<>();
  private final List<Stream<?>> streams = new ArrayList<>();
  private List<BatchUpsert> singleUpserts;
  private List<String> singleDeletes;
  private boolean replaceAll;
  private int partSizeLimit = DEFAULT_PART_SIZE_LIMIT;
  private String resumeGuid;
  private BatchProgressListener listener;
  private Duration pollInterval = DEFAULT_POLL_INTERVAL;
  private boolean sent;

  BatchRequest(HttpCore core, Batch service, Target target) {
    this.core = core;
    this.service = service;
    this.target = target;
  }

  /**
   * Whether the tags (or the dimension's populators) that this operation does not upsert are
   * deleted once its last part arrives. Default false: only what the operation names changes.
   */
  public BatchRequest replaceAll(boolean replaceAll) {
    this.replaceAll = replaceAll;
    return this;
  }

  /** Adds an upsert of {@code value} with its criteria. */
  public BatchRequest upsert(String value, Criterion... criteria) {
    return upsert(BatchUpsert.builder().value(value).criteria(criteria).build());
  }

  /** Adds an upsert. */
  public BatchRequest upsert(BatchUpsert upsert) {
    Checks.notNull(upsert, "upsert");
    if (singleUpserts == null) {
      singleUpserts = new ArrayList<>();
      List<BatchUpsert> list = singleUpserts;
      upsertSources.add(list::iterator);
    }
    singleUpserts.add(upsert);
    return this;
  }

  /** Adds upserts from a collection or any other iterable, read when the operation is sent. */
  public BatchRequest upserts(Iterable<BatchUpsert> upserts) {
    Checks.notNull(upserts, "upserts");
    upsertSources.add(upserts::iterator);
    return this;
  }

  /** Adds upserts from an iterator of any length, read while parts are filled. */
  public BatchRequest upserts(Iterator<BatchUpsert> upserts) {
    Checks.notNull(upserts, "upserts");
    upsertSources.add(() -> upserts);
    return this;
  }

  /**
   * Adds upserts from a stream of any length, read while parts are filled and closed afterwards.
   */
  public BatchRequest upserts(Stream<BatchUpsert> upserts) {
    Checks.notNull(upserts, "upserts");
    streams.add(upserts);
    upsertSources.add(upserts::iterator);
    return this;
  }

  /** Adds a delete: every tag (or populator) with this value goes. */
  public BatchRequest delete(String value) {
    Checks.notBlank(value, "value");
    if (singleDeletes == null) {
      singleDeletes = new ArrayList<>();
      List<String> list = singleDeletes;
      deleteSources.add(list::iterator);
    }
    singleDeletes.add(value);
    return this;
  }

  /** Adds deletes from a collection or any other iterable. */
  public BatchRequest deletes(Iterable<String> values) {
    Checks.notNull(values, "values");
    deleteSources.add(values::iterator);
    return this;
  }

  /** Adds deletes from an iterator of any length. */
  public BatchRequest deletes(Iterator<String> values) {
    Checks.notNull(values, "values");
    deleteSources.add(() -> values);
    return this;
  }

  /** Adds deletes from a stream of any length, closed afterwards. */
  public BatchRequest deletes(Stream<String> values) {
    Checks.notNull(values, "values");
    streams.add(values);
    deleteSources.add(values::iterator);
    return this;
  }

  /**
   * The most bytes one part may have (default {@value #DEFAULT_PART_SIZE_LIMIT}; at most {@value
   * #MAX_PART_SIZE_LIMIT}, the API's limit).
   */
  public BatchRequest partSizeLimit(int bytes) {
    if (bytes < MIN_PART_SIZE_LIMIT || bytes > MAX_PART_SIZE_LIMIT) {
      throw new IllegalArgumentException(
          "partSizeLimit must be between "
              + MIN_PART_SIZE_LIMIT
              + " and "
              + MAX_PART_SIZE_LIMIT
              + " bytes, was "
              + bytes);
    }
    this.partSizeLimit = bytes;
    return this;
  }

  /**
   * Continues the open operation {@code guid} (after a {@link BatchPartFailedException}): every
   * part of this request carries that guid, and the last one completes it. Give only the items not
   * yet accepted.
   */
  public BatchRequest resume(String guid) {
    this.resumeGuid = Checks.notBlank(guid, "guid");
    return this;
  }

  /**
   * Receives progress: after each accepted part, and while {@link
   * BatchOperation#awaitCompletion(Duration)} polls.
   */
  public BatchRequest listener(@Nullable BatchProgressListener listener) {
    this.listener = listener;
    return this;
  }

  /**
   * The first wait between status polls of {@link BatchOperation#awaitCompletion(Duration)}
   * (default 1 s; doubles up to 30 s).
   */
  public BatchRequest pollInterval(Duration interval) {
    Checks.notNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive, was " + interval);
    }
    this.pollInterval = interval;
    return this;
  }

  /**
   * Sends the operation, part by part, and returns once the server has accepted the last one
   * (marked {@code complete}). An operation without any item sends one empty part; with {@code
   * replaceAll(true)} that removes every tag (or every populator of the dimension).
   *
   * @return a handle to follow the server applying the operation
   * @throws IllegalArgumentException when an item is invalid or larger than a part can hold, and no
   *     part has been accepted yet (nothing is then open on the server)
   * @throws BatchPartFailedException when a part fails, or an item is invalid after parts were
   *     accepted; nothing accepted is sent again
   * @throws IllegalStateException when called a second time
   */
  public BatchOperation send() {
    if (sent) {
      throw new IllegalStateException("this batch request was already sent; make a new one");
    }
    sent = true;
    try {
      return new Run().execute();
    } finally {
      for (Stream<?> stream : streams) {
        try {
          stream.close();
        } catch (RuntimeException e) {
          Batch.LOG.debug("closing a batch source stream failed: {}", e.toString());
        }
      }
    }
  }

  @Override
  public String toString() {
    return "BatchRequest["
        + target.describe()
        + ", replaceAll="
        + replaceAll
        + ", partSizeLimit="
        + partSizeLimit
        + (resumeGuid == null ? "" : ", resume=" + resumeGuid)
        + "]";
  }

  /** The state of one send. */
  private final class Run {
    private final PartWriter writer = new PartWriter(partSizeLimit, replaceAll);
    private final Items items = new Items();
    private String guid = resumeGuid;
    private int partsAccepted;
    private long criteriaAccepted;
    private long deletesAccepted;
    private long bytesAccepted;

    BatchOperation execute() {
      writer.start(guid);
      boolean pending = false;
      while (true) {
        if (!pending) {
          try {
            if (!items.advance()) {
              break;
            }
          } catch (RuntimeException e) {
            throw sourceFailed(e);
          }
          pending = true;
        }
        boolean added =
            items.isDelete
                ? writer.addDelete(items.value)
                : writer.addCriterion(items.value, items.criterion);
        if (added) {
          pending = false;
          continue;
        }
        if (writer.isEmpty()) {
          throw sourceFailed(tooLarge());
        }
        sendPart(writer.finish(false), false);
        writer.start(guid);
      }
      sendPart(writer.finish(true), true);
      return new BatchOperation(
          service,
          guid,
          partsAccepted,
          bytesAccepted,
          criteriaAccepted,
          deletesAccepted,
          listener,
          pollInterval);
    }

    private IllegalArgumentException tooLarge() {
      if (items.isDelete) {
        return new IllegalArgumentException(
            items.describe()
                + " is larger than a part of "
                + partSizeLimit
                + " bytes can hold; it cannot be sent");
      }
      int size = writer.sizeOf(items.value, items.criterion);
      return new IllegalArgumentException(
          items.describe()
              + " takes "
              + size
              + " bytes with its value, more than a part of "
              + partSizeLimit
              + " bytes can hold ("
              + (partSizeLimit - writer.emptyPartSize())
              + " bytes once the part's fixed fields are written); split its values into several criteria");
    }

    /**
     * An item could not be read or is invalid: as it is before anything was accepted, wrapped
     * after.
     */
    private RuntimeException sourceFailed(RuntimeException e) {
      if (partsAccepted == 0 && resumeGuid == null) {
        return e;
      }
      String message =
          target.describe()
              + ": part index "
              + partsAccepted
              + " could not be assembled: "
              + e.getMessage()
              + ". "
              + accepted();
      return new BatchPartFailedException(
          message,
          guid,
          partsAccepted,
          partsAccepted,
          criteriaAccepted,
          deletesAccepted,
          bytesAccepted,
          0,
          null,
          false,
          e);
    }

    private String accepted() {
      if (guid == null) {
        return "Nothing was accepted; no operation is open on the server.";
      }
      return partsAccepted
          + " part(s) ("
          + criteriaAccepted
          + " criteria, "
          + deletesAccepted
          + " deletes, "
          + bytesAccepted
          + " bytes) were accepted under guid "
          + guid
          + " and will not be sent again; the operation stays open (not complete)";
    }

    private void sendPart(byte[] body, boolean last) {
      int criteria = writer.criteria();
      int deletes = writer.deletes();
      int index = partsAccepted;
      ApiRequest request = target.post().bytes(body, "application/json; charset=utf-8").build();
      PartAnswer answer;
      try {
        answer = core.execute(request, PartAnswer::read);
      } catch (ApiException e) {
        throw failed(
            index, "was refused: " + e.getMessage(), e.status(), e.serverMessage(), false, e);
      } catch (DecodingException e) {
        throw failed(
            index, "got an answer that could not be read: " + e.getMessage(), 0, null, true, e);
      } catch (TransportException e) {
        throw failed(
            index,
            "could not be sent: "
                + e.getMessage()
                + (e.requestSent()
                    ? " (the server may have received it: check the status before resuming)"
                    : ""),
            0,
            null,
            e.requestSent(),
            e);
      } catch (NetobsException e) {
        throw failed(index, "failed: " + e.getMessage(), 0, null, true, e);
      }
      String complaint = answer.complaint();
      if (complaint != null) {
        throw failed(
            index,
            "was not accepted: status " + answer.status + ": " + complaint,
            answer.status,
            complaint,
            false,
            null);
      }
      if (answer.guid != null) {
        if (guid != null && !guid.equals(answer.guid)) {
          Batch.LOG.warn(
              "batch part {} was answered with guid {} instead of {}; keeping {}",
              index,
              answer.guid,
              guid,
              guid);
        } else {
          guid = answer.guid;
        }
      } else if (guid == null) {
        throw failed(
            index,
            "was answered "
                + answer.status
                + " without a guid, so no further part could join the operation",
            answer.status,
            answer.message,
            true,
            null);
      } else {
        // The Batch API names the operation in every answer. A success without a guid (an empty 200
        // from a
        // proxy, a body cut short) does not show that the part was stored: counting it would lose
        // it.
        throw failed(
            index,
            "was answered "
                + answer.status
                + " without the operation's guid, so it is not counted as accepted"
                + " (the server may or may not have stored it: check the status before resuming)",
            answer.status,
            answer.message,
            true,
            null);
      }
      partsAccepted++;
      criteriaAccepted += criteria;
      deletesAccepted += deletes;
      bytesAccepted += body.length;
      Batch.LOG.debug(
          "batch {} part {} accepted: {} bytes, {} criteria, {} deletes{}",
          guid,
          index,
          body.length,
          criteria,
          deletes,
          last ? " (complete)" : "");
      Batch.notify(
          listener,
          new BatchProgress(
              guid, partsAccepted, bytesAccepted, criteriaAccepted, deletesAccepted, last, null));
    }

    private BatchPartFailedException failed(
        int index,
        String what,
        int status,
        String serverMessage,
        boolean unknown,
        Throwable cause) {
      String message = target.describe() + ": part index " + index + " " + what + ". " + accepted();
      return new BatchPartFailedException(
          message,
          guid,
          index,
          partsAccepted,
          criteriaAccepted,
          deletesAccepted,
          bytesAccepted,
          status,
          serverMessage,
          unknown,
          cause);
    }
  }

  /** The 2xx answer to a part: {@code {"message", "guid"}}, or a complaint. */
  private record PartAnswer(int status, String guid, String message, String error) {
    static PartAnswer read(ApiResponse response) throws IOException {
      byte[] bytes = response.body().readNBytes(64 * 1024);
      String text = new String(bytes, StandardCharsets.UTF_8).strip();
      if (text.isEmpty()) {
        return new PartAnswer(response.status(), null, null, null);
      }
      try {
        JsonNode node = Json.mapper().readTree(text);
        if (node != null && node.isObject()) {
          return new PartAnswer(
              response.status(),
              text(node.get("guid")),
              text(node.get("message")),
              text(node.get("error")));
        }
      } catch (JsonProcessingException notJson) {
        // fall through: keep an excerpt as the message
      }
      return new PartAnswer(response.status(), null, ErrorBodies.excerpt(text), null);
    }

    private static String text(JsonNode node) {
      if (node == null || node.isNull()) {
        return null;
      }
      String text = node.isValueNode() ? node.asText() : node.toString();
      return text.isBlank() ? null : text;
    }

    /** Why the part must be sent again, or null when it was accepted. */
    String complaint() {
      if (error != null) {
        return error;
      }
      if (message != null && RESEND.matcher(message).find()) {
        return message;
      }
      return null;
    }
  }

  /** Walks the sources: each criterion of each upsert, then each delete; validates as it goes. */
  private final class Items {
    private final Iterator<Supplier<Iterator<BatchUpsert>>> upsertSourceIterator =
        upsertSources.iterator();
    private final Iterator<Supplier<Iterator<String>>> deleteSourceIterator =
        deleteSources.iterator();
    private Iterator<BatchUpsert> upserts;
    private Iterator<String> deletes;
    private BatchUpsert upsert;
    private int criterionInUpsert;
    private long upsertOrdinal = -1;
    private long criterionOrdinal = -1;
    private long deleteOrdinal = -1;

    boolean isDelete;
    String value;
    Criterion criterion;

    boolean advance() {
      if (upsert != null && criterionInUpsert + 1 < upsert.criteria().size()) {
        criterionInUpsert++;
        takeCriterion();
        return true;
      }
      while (true) {
        if (upserts != null && upserts.hasNext()) {
          BatchUpsert next = upserts.next();
          upsertOrdinal++;
          if (next == null) {
            throw new IllegalArgumentException("upsert #" + upsertOrdinal + " is null");
          }
          checkValue(next.value());
          upsert = next;
          criterionInUpsert = 0;
          takeCriterion();
          return true;
        }
        if (!upsertSourceIterator.hasNext()) {
          break;
        }
        upserts = Objects.requireNonNull(upsertSourceIterator.next().get(), "upsert source");
      }
      upsert = null;
      while (true) {
        if (deletes != null && deletes.hasNext()) {
          String next = deletes.next();
          deleteOrdinal++;
          isDelete = true;
          criterion = null;
          value = next;
          if (next == null || next.isBlank()) {
            throw new IllegalArgumentException(
                describe() + ": value is required and must not be blank");
          }
          return true;
        }
        if (!deleteSourceIterator.hasNext()) {
          return false;
        }
        deletes = Objects.requireNonNull(deleteSourceIterator.next().get(), "delete source");
      }
    }

    private void checkValue(String v) {
      try {
        if (target.isTags()) {
          Rules.flowTag(v, "value (the tag name)");
        } else {
          Rules.populatorValue(v, target.type(), "value");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("upsert #" + upsertOrdinal + ": " + e.getMessage(), e);
      }
    }

    private void takeCriterion() {
      criterionOrdinal++;
      isDelete = false;
      value = upsert.value();
      criterion = upsert.criteria().get(criterionInUpsert);
      if (target.isTags()) {
        List<String> addresses = criterion.fields().get(MatchField.ADDR);
        if (addresses != null && addresses.size() > Rules.MAX_TAG_ADDRESSES) {
          throw new IllegalArgumentException(
              describe()
                  + ": addr may hold at most "
                  + Rules.MAX_TAG_ADDRESSES
                  + " addresses in a tag, had "
                  + addresses.size());
        }
      }
    }

    String describe() {
      if (isDelete) {
        return "delete #" + deleteOrdinal + " (value " + Rules.quote(value) + ")";
      }
      return "criterion #"
          + criterionOrdinal
          + " (criterion "
          + criterionInUpsert
          + " of upsert #"
          + upsertOrdinal
          + ", value "
          + Rules.quote(value)
          + ")";
    }
  }
}
