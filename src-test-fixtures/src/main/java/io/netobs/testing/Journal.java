package io.netobs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.testing.internal.PathPattern;
import io.netobs.testing.internal.Redaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Every request a {@link FakeHttpServer} received, in order of arrival, with what it answered.
 * Thread-safe.
 *
 * <p>Credentials are masked before an entry is stored ({@code Authorization}, {@code
 * X-CH-Auth-API-Token}, {@code X-CH-Auth-Email}, {@code Cookie}, and the form body of {@code
 * /oauth2/token}), so a journal can be printed in a test report.
 *
 * <p>The journal keeps at most {@link #capacity()} entries (100,000 unless set), dropping the
 * oldest; {@link #total()} and {@link #operationCounts()} keep counting past that. A long benchmark
 * can also stop keeping bodies with {@link #keepBodies(boolean) keepBodies(false)}.
 */
public final class Journal {
  /** The number of entries kept unless {@link #capacity(int)} says otherwise. */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final Object lock = new Object();
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private final Map<String, Long> operationCounts = new TreeMap<>();
  private int capacity = DEFAULT_CAPACITY;
  private boolean keepBodies = true;
  private long total;
  private long nextSequence = 1;

  /** An empty journal; a server makes its own. */
  public Journal() {}

  /**
   * Keeps at most {@code capacity} entries from now on (older ones are dropped; counts are not
   * affected).
   */
  public Journal capacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    synchronized (lock) {
      this.capacity = capacity;
      while (entries.size() > capacity) {
        entries.removeFirst();
      }
    }
    return this;
  }

  /** The most entries kept at once. */
  public int capacity() {
    synchronized (lock) {
      return capacity;
    }
  }

  /**
   * Whether request bodies are kept in new entries (the default). Without them an entry still has
   * its {@link Entry#bodySize() size}.
   */
  public Journal keepBodies(boolean keep) {
    synchronized (lock) {
      this.keepBodies = keep;
    }
    return this;
  }

  /** Whether new entries keep request bodies. */
  public boolean keepsBodies() {
    synchronized (lock) {
      return keepBodies;
    }
  }

  /** Records one exchange; credentials are masked here. */
  void record(
      FakeRequest request, int status, Fault fault, Catalogue.Operation operation, String error) {
    Map<String, List<String>> headers = Redaction.headers(request.headers());
    byte[] body =
        request.path().endsWith("/oauth2/token")
            ? Redaction.formBody(request.body())
            : request.body();
    synchronized (lock) {
      Entry entry =
          new Entry(
              nextSequence++,
              Instant.now(),
              request.method(),
              request.path(),
              request.query(),
              headers,
              keepBodies ? body : new byte[0],
              request.body().length,
              status,
              fault,
              operation,
              error);
      entries.addLast(entry);
      while (entries.size() > capacity) {
        entries.removeFirst();
      }
      total++;
      if (operation != null) {
        operationCounts.merge(operation.key(), 1L, Long::sum);
      }
    }
  }

  /** The entries kept, oldest first. */
  public List<Entry> entries() {
    synchronized (lock) {
      return List.copyOf(entries);
    }
  }

  /**
   * The entries kept whose method and path match.
   *
   * @param method an HTTP method, or {@code "*"} (or null) for any
   * @param pathPattern an exact path, a template with {@code {name}} segments, or a prefix ending
   *     in {@code /**}; compared with the full path and with the path without its {@code /api/vN}
   *     prefix
   */
  public List<Entry> entries(@Nullable String method, String pathPattern) {
    PathPattern pattern = PathPattern.compile(pathPattern);
    List<Entry> matching = new ArrayList<>();
    for (Entry entry : entries()) {
      if (methodMatches(method, entry.method()) && pathMatches(pattern, entry.path())) {
        matching.add(entry);
      }
    }
    return matching;
  }

  /**
   * Counts requests.
   *
   * <p>When {@code pathOrOperation} is the path of a catalogue operation (e.g. {@code "/tags/{id}"}
   * or {@code "/api/v5/tag/{id}"}), this counts every request matched to that operation since the
   * last {@link #clear()}, including entries dropped by the capacity. Otherwise it counts the
   * entries kept whose path matches it as in {@link #entries(String, String)}.
   *
   * @param method an HTTP method, or {@code "*"} (or null) for any
   * @param pathOrOperation a catalogue path template, or a path pattern
   */
  public long count(@Nullable String method, String pathOrOperation) {
    String relative = stripApiPrefix(pathOrOperation);
    synchronized (lock) {
      long operations = 0;
      boolean isOperation = false;
      for (Map.Entry<String, Long> counted : operationCounts.entrySet()) {
        String key = counted.getKey();
        int space = key.indexOf(' ');
        if (key.substring(space + 1).equals(relative)) {
          isOperation = true;
          if (methodMatches(method, key.substring(0, space))) {
            operations += counted.getValue();
          }
        }
      }
      if (isOperation || isCatalogued(relative)) {
        return operations;
      }
    }
    return entries(method, pathOrOperation).size();
  }

  /**
   * How many requests matched each catalogue operation since the last {@link #clear()}, by {@link
   * Catalogue.Operation#key() key} (e.g. {@code "POST /tag"}), sorted by key. Requests that match
   * no operation are not counted here.
   */
  public Map<String, Long> operationCounts() {
    synchronized (lock) {
      return Collections.unmodifiableMap(new TreeMap<>(operationCounts));
    }
  }

  /** The latest entry. */
  public Entry last() {
    synchronized (lock) {
      if (entries.isEmpty()) {
        throw new NoSuchElementException("the journal is empty");
      }
      return entries.getLast();
    }
  }

  /** The number of entries kept. */
  public int size() {
    synchronized (lock) {
      return entries.size();
    }
  }

  /**
   * The number of requests recorded since the last {@link #clear()}, including entries dropped by
   * the capacity.
   */
  public long total() {
    synchronized (lock) {
      return total;
    }
  }

  /**
   * Forgets every entry and every count. Capacity and {@link #keepBodies(boolean)} stay as they
   * are.
   */
  public void clear() {
    synchronized (lock) {
      entries.clear();
      operationCounts.clear();
      total = 0;
    }
  }

  @Override
  public String toString() {
    return "Journal[" + size() + " kept, " + total() + " total]";
  }

  private static boolean methodMatches(String wanted, String actual) {
    return wanted == null || wanted.equals("*") || wanted.equalsIgnoreCase(actual);
  }

  private static boolean pathMatches(PathPattern pattern, String path) {
    return pattern.matches(path) || pattern.matches(stripApiPrefix(path));
  }

  private static boolean isCatalogued(String relativePath) {
    return Catalogue.kentik().operations().stream().anyMatch(op -> op.path().equals(relativePath))
        || Catalogue.extraHop().operations().stream()
            .anyMatch(op -> op.path().equals(relativePath));
  }

  private static String stripApiPrefix(String path) {
    if (path.startsWith("/api/v1/") || path.startsWith("/api/v5/")) {
      return path.substring("/api/v1".length());
    }
    return path;
  }

  /**
   * One request and what was answered.
   *
   * @param sequence the request's number, from 1, in order of arrival
   * @param time when the request was recorded
   * @param method the HTTP method
   * @param path the decoded path, without the query
   * @param query the decoded query parameters
   * @param headers the request headers (names in lower case), credentials masked
   * @param body the request body (credentials masked), or empty when bodies are not kept
   * @param bodySize the size of the body received, in bytes, kept or not
   * @param status the status answered; 0 when the connection was closed before a status line
   * @param fault the fault applied, or null
   * @param operation the catalogue operation the request matched, or null
   * @param error the exception the fake API threw (answered as 500), or null
   */
  public record Entry(
      long sequence,
      Instant time,
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      byte[] body,
      long bodySize,
      int status,
      @Nullable Fault fault,
      Catalogue.@Nullable Operation operation,
      @Nullable String error) {

    /** Copies the collections. */
    public Entry {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      query = Map.copyOf(query);
      headers = Map.copyOf(headers);
      body = body == null ? new byte[0] : body;
    }

    /** Whether a fault was applied to this request. */
    public boolean faulted() {
      return fault != null;
    }

    /**
     * The operation's key (e.g. {@code "POST /tags/{id}/devices/{childId}"}), or null when none
     * matched.
     */
    public @Nullable String operationKey() {
      return operation == null ? null : operation.key();
    }

    /**
     * The first value of a header (credentials masked), or null; the name is matched without regard
     * to case.
     */
    public @Nullable String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as UTF-8 text (empty when bodies are not kept). */
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON; an empty body is JSON null. */
    public JsonNode json() {
      if (body.length == 0) {
        return FakeRequest.JSON.nullNode();
      }
      try {
        return FakeRequest.JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("journal entry body is not valid JSON", e);
      }
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Entry other && sequence == other.sequence && time.equals(other.time);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(sequence);
    }

    /** A one-line summary without headers or body. */
    @Override
    public String toString() {
      return "#"
          + sequence
          + " "
          + method
          + " "
          + path
          + " -> "
          + status
          + (fault == null ? "" : " [fault " + fault + "]")
          + (operation == null ? "" : " (" + operation.key() + ")")
          + (error == null ? "" : " error: " + error);
    }
  }
}
