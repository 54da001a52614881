package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Binary downloads and uploads: packet captures, bundles, backups (customizations) and support
 * packs. Large bodies are generated while they are written ({@link FakeResponse#generated}), so a
 * test can ask for gigabytes without the fake holding them; the size is the object's {@code bytes}
 * field.
 */
final class Files {
  static final String PCAP = "application/vnd.tcpdump.pcap";
  static final String BACKUP = "application/exbk";
  static final String OCTETS = "application/octet-stream";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

  /** A support pack run: "running" for a number of polls, then "done" with its file. */
  static final class SupportPackRun {
    final long id;
    int pollsLeft;

    SupportPackRun(long id, int polls) {
      this.id = id;
      this.pollsLeft = polls;
    }
  }

  private Files() {}

  /** {@code GET /packetcaptures/{id}}: the capture as PCAP. */
  static Handler packetCapture() {
    return call -> {
      ObjectNode capture = call.state.store("packetcaptures").require(call.id());
      return download(
          PCAP,
          size(capture, call.settings.packetCaptureSize()),
          capture.path("name").asText("capture") + ".pcap");
    };
  }

  /** {@code POST /bundles}: any JSON object is a bundle; 201 with its Location. */
  static Handler uploadBundle() {
    return call -> {
      ObjectNode content = call.bodyObject();
      Store store = call.state.store("bundles");
      ObjectNode metadata = Json.object();
      metadata.put("name", content.path("name").asText("bundle"));
      metadata.put("description", content.path("description").asText(""));
      String key = store.insert(Crud.prepareCreate(store.spec(), metadata, call.now), call.now);
      call.state.documents.put("/bundles/" + key + "/export", content);
      return Crud.created(Crud.API_PREFIX + "/bundles/" + key);
    };
  }

  /** {@code GET /bundles/{id}}: the bundle's JSON export. */
  static Handler exportBundle() {
    return call -> {
      Store store = call.state.store("bundles");
      ObjectNode bundle = store.require(call.id());
      JsonNode export = call.state.documents.get("/bundles/" + store.keyOf(bundle) + "/export");
      if (export == null) {
        ObjectNode minimal = Json.object();
        minimal.set("name", bundle.path("name"));
        minimal.set("description", bundle.path("description"));
        export = minimal;
      }
      return FakeResponse.json(200, export);
    };
  }

  /**
   * {@code POST /bundles/{id}/apply} and {@code POST /customizations/{id}/apply}: 204 once it
   * exists.
   */
  static Handler apply(String resource) {
    return call -> {
      call.state.store(resource).require(call.id());
      call.optionalBodyObject();
      return FakeResponse.empty(204);
    };
  }

  /** {@code POST /customizations/{id}/download}: the backup file. */
  static Handler downloadBackup() {
    return call -> {
      ObjectNode backup = call.state.store("customizations").require(call.id());
      return download(
          BACKUP,
          size(backup, call.settings.downloadSize()),
          backup.path("name").asText("backup").replaceAll("[^A-Za-z0-9._-]", "_") + ".exbk");
    };
  }

  /** {@code POST /supportpacks/execute}: accepts the uploaded pack, 202 with the queue entry. */
  static Handler executeSupportPack() {
    return call -> {
      if (call.request.body().length == 0) {
        throw ApiError.badRequest("Upload the support pack as the request body");
      }
      long id = ++call.state.lastSupportPackRun;
      call.state.supportPackRuns.put(id, new SupportPackRun(id, call.settings.supportPackPolls()));
      ObjectNode answer = Json.object();
      answer.put("id", id);
      answer.put("status", "running");
      return FakeResponse.json(202, answer)
          .withHeader("Location", Crud.API_PREFIX + "/supportpacks/queue/" + id);
    };
  }

  /**
   * {@code GET /supportpacks/queue/{id}}: {@code {"id", "status": "running"}} for the configured
   * number of polls, then {@code {"id", "status": "done", "filename"}}; the file is then listed and
   * downloadable.
   */
  static Handler supportPackStatus() {
    return call -> {
      long id;
      try {
        id = Long.parseLong(call.id());
      } catch (NumberFormatException e) {
        throw ApiError.notFound("No support pack run " + call.id());
      }
      SupportPackRun run = call.state.supportPackRuns.get(id);
      if (run == null) {
        throw ApiError.notFound("No support pack run " + id);
      }
      ObjectNode status = Json.object();
      status.put("id", id);
      if (run.pollsLeft > 0) {
        run.pollsLeft--;
        status.put("status", "running");
        return FakeResponse.json(200, status);
      }
      String filename = "diag-" + DAY.format(Instant.ofEpochMilli(call.now)) + "-" + id + ".expk";
      Store packs = call.state.store("supportpacks");
      if (packs.find(filename).isEmpty()) {
        ObjectNode pack = Json.object();
        pack.put("filename", filename);
        pack.put("bytes", call.settings.downloadSize());
        pack.put("create_time", call.now);
        packs.insert(pack, call.now);
      }
      status.put("status", "done");
      status.put("filename", filename);
      return FakeResponse.json(200, status);
    };
  }

  /** {@code GET /supportpacks/{filename}}: the support pack file. */
  static Handler downloadSupportPack() {
    return call -> {
      ObjectNode pack = call.state.store("supportpacks").require(call.id());
      return download(
          OCTETS, size(pack, call.settings.downloadSize()), pack.path("filename").asText());
    };
  }

  private static long size(ObjectNode object, long fallback) {
    JsonNode bytes = object.path("bytes");
    return bytes.canConvertToLong() && bytes.longValue() >= 0 ? bytes.longValue() : fallback;
  }

  private static FakeResponse download(String contentType, long size, String filename) {
    return FakeResponse.generated(200, contentType, size)
        .withHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  }
}
