package io.netobs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cloud exports of a Kentik fake, as the v6 Cloud Export API v202506 serves them through its
 * REST gateway: bodies and answers wrapped in {@code {"export": {...}}}, the list as {@code
 * {"exports": [...], "invalidExportsCount": "0"}} (64-bit numbers as strings), ids as strings,
 * times in RFC 3339, enums by name. Create and update store the export as sent (fields the fake
 * does not know included) with the read-only fields Kentik sets: {@code id}, {@code currentStatus},
 * {@code cdate}, {@code edate}. An update replaces the whole export. Refused as the gateway refuses
 * them (its error shape comes from {@link ServiceErrors}): a body without {@code export}, a missing
 * or blank {@code name} or {@code planId}, a missing or unknown {@code cloudProvider} (400, gRPC
 * code 3); an unknown id (404, code 5). Thread-safe. Not part of the public API.
 */
public final class CloudExportsModel {
  private static final Set<String> PROVIDERS =
      Set.of(
          "CLOUD_PROVIDER_AWS", "CLOUD_PROVIDER_AZURE", "CLOUD_PROVIDER_GCE", "CLOUD_PROVIDER_OCI");
  private static final Set<String> READ_ONLY = Set.of("id", "currentStatus", "cdate", "edate");

  private final Clock clock;
  private final Map<Long, ObjectNode> exports = new TreeMap<>();
  private long nextId;

  /** An empty set of exports whose dates come from {@code clock}. */
  public CloudExportsModel(Clock clock) {
    this.clock = clock;
    reset();
  }

  /** Forgets every export. */
  public synchronized void reset() {
    exports.clear();
    nextId = 5000;
  }

  /** List: {@code {"exports": [...], "invalidExportsCount": "0"}}. */
  public synchronized FakeResponse list() {
    ObjectNode answer = Json.object();
    answer.set("exports", exportsJson());
    answer.put("invalidExportsCount", "0");
    return FakeResponse.json(200, answer);
  }

  /** Get: {@code {"export": {...}}}. */
  public synchronized FakeResponse get(String id) {
    return wrapped(existing(id));
  }

  /** Create from {@code {"export": {...}}}: answers the export with its id and status. */
  public synchronized FakeResponse create(JsonNode body) {
    ObjectNode fields = valid(body);
    String now = now();
    ObjectNode export = Json.object();
    export.put("id", Long.toString(nextId++));
    export.setAll(fields);
    ObjectNode status = Json.object();
    status.put("status", "OK");
    status.put("errorMessage", "");
    status.put("flowFound", false);
    status.put("apiAccess", true);
    status.put("storageAccountAccess", true);
    export.set("currentStatus", status);
    export.put("cdate", now);
    export.put("edate", now);
    exports.put(Long.parseLong(export.get("id").asText()), export);
    return wrapped(export);
  }

  /** Update from {@code {"export": {...}}}: replaces every field but the read-only ones. */
  public synchronized FakeResponse update(String id, JsonNode body) {
    ObjectNode old = existing(id);
    ObjectNode fields = valid(body);
    ObjectNode export = Json.object();
    export.set("id", old.get("id"));
    export.setAll(fields);
    export.set("currentStatus", old.get("currentStatus"));
    export.set("cdate", old.get("cdate"));
    export.put("edate", now());
    exports.put(Long.parseLong(old.get("id").asText()), export);
    return wrapped(export);
  }

  /** Delete: {@code {}}. */
  public synchronized FakeResponse delete(String id) {
    ObjectNode export = existing(id);
    exports.remove(Long.parseLong(export.get("id").asText()));
    return FakeResponse.json(200, Json.object());
  }

  /** Every export, as the list answer's {@code exports} array. */
  public synchronized ArrayNode exportsJson() {
    ArrayNode all = Json.array();
    exports.values().forEach(e -> all.add(e.deepCopy()));
    return all;
  }

  private ObjectNode existing(String id) {
    ObjectNode export = null;
    try {
      export = exports.get(Long.parseLong(id));
    } catch (NumberFormatException e) {
      // not an id this fake ever gave: not found
    }
    if (export == null) {
      throw ApiError.notFound("cloud export " + id + " not found");
    }
    return export;
  }

  private static ObjectNode valid(JsonNode body) {
    JsonNode export = body == null ? null : body.get("export");
    if (export == null || !export.isObject()) {
      throw ApiError.badRequest("export is required");
    }
    ObjectNode fields = ((ObjectNode) export).deepCopy();
    READ_ONLY.forEach(fields::remove);
    requireText(fields, "name");
    requireText(fields, "planId");
    JsonNode provider = fields.get("cloudProvider");
    if (provider == null || !provider.isTextual() || !PROVIDERS.contains(provider.asText())) {
      throw ApiError.badRequest(
          "invalid CloudExport.CloudProvider: value must be one of "
              + PROVIDERS.stream().sorted().toList());
    }
    return fields;
  }

  private static void requireText(ObjectNode fields, String name) {
    JsonNode value = fields.get(name);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw ApiError.badRequest("invalid CloudExport." + name + ": value is required");
    }
  }

  private static FakeResponse wrapped(ObjectNode export) {
    ObjectNode answer = Json.object();
    answer.set("export", export.deepCopy());
    return FakeResponse.json(200, answer);
  }

  private String now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
