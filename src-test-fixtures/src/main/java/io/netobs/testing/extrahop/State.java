package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a fake ExtraHop remembers. Not thread-safe on its own: {@link ExtraHopService} runs
 * every handler under its read or write lock, and a handler under the read lock only reads.
 */
final class State {
  final Map<String, Store> stores = new HashMap<>();
  final Relations relations = new Relations();

  /**
   * JSON documents that are not a collection, keyed by their path under {@code /api/v1}: the
   * license, the running config, a dashboard's sharing ({@code /dashboards/1/sharing}), a report's
   * contents, a bundle's export ({@code /bundles/1/export}).
   */
  final Map<String, JsonNode> documents = new HashMap<>();

  /** The record log, generated at seeding, newest first; never modified afterwards. */
  List<ObjectNode> records = List.of();

  final Map<String, Records.Cursor> cursors = new HashMap<>();
  final Map<Long, Metrics.PendingQuery> metricQueries = new HashMap<>();
  final Map<Long, Files.SupportPackRun> supportPackRuns = new HashMap<>();
  long lastCursor;
  long lastXid;
  long lastSupportPackRun;

  State() {
    Resources.ALL.values().forEach(spec -> stores.put(spec.name(), new Store(spec)));
  }

  Store store(String resource) {
    Store store = stores.get(resource);
    if (store == null) {
      throw new IllegalStateException("no store for " + resource);
    }
    return store;
  }

  /**
   * Deletes an object with everything that hangs off it: its links, its sub-collections and its
   * documents, as the live API does when an alert or a dashboard goes.
   */
  void delete(String resource, String key) {
    store(resource).remove(key);
    String prefix = resource + "/";
    for (Store child : stores.values()) {
      if (child.spec().name().startsWith(prefix)) {
        for (String childKey : relations.related(resource, key, child.spec().name())) {
          delete(child.spec().name(), childKey);
        }
      }
    }
    relations.forget(resource, key);
    String documentPrefix = "/" + resource + "/" + key + "/";
    documents.keySet().removeIf(path -> path.startsWith(documentPrefix));
  }
}
