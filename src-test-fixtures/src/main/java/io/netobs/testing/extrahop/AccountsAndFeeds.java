package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts and data feeds of today's firmware: identity providers and the SAML service provider,
 * user lockouts, user group creation and membership, Open Data Stream targets by type, threat
 * collections (multipart STIX uploads), report PDFs, external data for triggers and the status of
 * the latest backup. Everything is kept in the state, so that a change shows in the next read.
 */
final class AccountsAndFeeds {
  /** The Open Data Stream target types, each stored as {@code odstargets/<type>}. */
  static final List<String> ODS_TYPES = List.of("http", "kafka", "mongodb", "raw", "syslog");

  private static final Map<String, Set<String>> ODS_PROTOCOLS =
      Map.of(
          "http", Set.of("http", "https"),
          "kafka", Set.of("tcp", "tls"),
          "raw", Set.of("tcp", "udp"),
          "syslog", Set.of("tcp", "udp", "tls"));

  private static final String PROVIDERS = "identityproviders";
  private static final String COLLECTIONS = "threatcollections";

  private AccountsAndFeeds() {}

  // ---- identity providers: /auth/identityproviders, stored as "identityproviders"

  static Handler listProviders() {
    return call -> Crud.page(call, call.state.store(PROVIDERS).all());
  }

  static Handler createProvider() {
    return call -> {
      Store store = call.state.store(PROVIDERS);
      ObjectNode body = call.bodyObject();
      if (!body.path("type").asText().equals("saml")) {
        throw ApiError.badRequest("Field type must be 'saml', was " + body.path("type"));
      }
      String key = store.insert(Crud.prepareCreate(store.spec(), body, call.now), call.now);
      return Crud.created(Crud.API_PREFIX + "/auth/identityproviders/" + key);
    };
  }

  static Handler getProvider() {
    return call -> FakeResponse.json(200, call.state.store(PROVIDERS).require(call.id()));
  }

  /** {@code PATCH}: the API requires the name and both switches in every update. */
  static Handler patchProvider() {
    return call -> {
      Store store = call.state.store(PROVIDERS);
      ObjectNode existing = store.require(call.id());
      ObjectNode body = call.bodyObject();
      for (String field : store.spec().required()) {
        if (!body.hasNonNull(field)) {
          throw ApiError.badRequest("Field " + field + " is required");
        }
      }
      if (body.has("type") && !body.path("type").asText().equals("saml")) {
        throw ApiError.badRequest("The type of an identity provider cannot change");
      }
      store.replace(store.keyOf(existing), Crud.merge(store.spec(), existing, body, call.now));
      return FakeResponse.empty(204);
    };
  }

  static Handler deleteProvider() {
    return call -> {
      Store store = call.state.store(PROVIDERS);
      call.state.delete(PROVIDERS, store.keyOf(store.require(call.id())));
      return FakeResponse.empty(204);
    };
  }

  static Handler getPrivileges() {
    return call -> FakeResponse.json(200, privileges(call));
  }

  /** Each mapping sent must be an object; the ones sent replace theirs, the others stay. */
  static Handler patchPrivileges() {
    return call -> {
      ObjectNode privileges = privileges(call);
      ObjectNode body = call.bodyObject();
      body.properties()
          .forEach(
              field -> {
                if (!field.getValue().isObject() && !field.getValue().isNull()) {
                  throw ApiError.badRequest(
                      "Field " + field.getKey() + " must be an object, was " + field.getValue());
                }
                privileges.set(field.getKey(), field.getValue());
              });
      return FakeResponse.empty(204);
    };
  }

  private static ObjectNode privileges(Call call) {
    Store store = call.state.store(PROVIDERS);
    String key = store.keyOf(store.require(call.id()));
    return (ObjectNode)
        call.state.documents.computeIfAbsent(
            "/" + PROVIDERS + "/" + key + "/privileges",
            path -> {
              ObjectNode empty = Json.object();
              for (String level : List.of("writelevel", "ndrlevel", "npmlevel", "packetslevel")) {
                empty.putObject(level);
              }
              return empty;
            });
  }

  /** {@code GET /auth/samlsp}: JSON, or the SAML 2.0 metadata document with {@code xml=true}. */
  static Handler samlServiceProvider() {
    return call -> {
      String entityId = "urn:extrahop:fake-appliance";
      String acsUrl = "https://extrahop.example.com/saml/acs";
      if ("true".equalsIgnoreCase(call.query("xml"))) {
        return FakeResponse.text(
            200,
            "application/xml",
            "<?xml version=\"1.0\"?>\n"
                + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\""
                + entityId
                + "\"><md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
                + "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\""
                + acsUrl
                + "\" index=\"0\"/></md:SPSSODescriptor></md:EntityDescriptor>\n");
      }
      ObjectNode answer = Json.object();
      answer.put("entity_id", entityId);
      answer.put("acs_url", acsUrl);
      answer.put("xml_url", "https://extrahop.example.com/api/v1/auth/samlsp?xml=true");
      return FakeResponse.json(200, answer);
    };
  }

  // ---- user lockouts: the document /users/{username}/lock, unlocked unless seeded otherwise

  static Handler getLock() {
    return call -> FakeResponse.json(200, lock(call));
  }

  static Handler clearLock() {
    return call -> {
      ObjectNode lock = lock(call);
      lock.put("locked", false);
      lock.put("failed_login_attempts", 0);
      lock.set("locked_time", NullNode.getInstance());
      return FakeResponse.empty(204);
    };
  }

  private static ObjectNode lock(Call call) {
    Store users = call.state.store("users");
    String username = users.keyOf(users.require(call.id()));
    return (ObjectNode)
        call.state.documents.computeIfAbsent(
            "/users/" + username + "/lock",
            path -> {
              ObjectNode unlocked = Json.object();
              unlocked.put("locked", false);
              unlocked.put("failed_login_attempts", 0);
              unlocked.set("locked_time", NullNode.getInstance());
              return unlocked;
            });
  }

  // ---- user groups

  /** {@code POST /usergroups}: a local group, its id {@code local.<8 hex digits>}. */
  static Handler createUserGroup() {
    return call -> {
      ObjectNode body = call.bodyObject();
      if (!body.hasNonNull("name") || body.path("name").asText().isBlank()) {
        throw ApiError.badRequest("Field name is required");
      }
      Store store = call.state.store("usergroups");
      String id;
      int attempt = 0;
      do {
        id =
            "local."
                + HexFormat.of()
                    .toHexDigits((int) (call.now ^ (store.size() * 0x9E3779B1L) ^ attempt++));
      } while (store.find(id).isPresent());
      ObjectNode group = Json.object();
      group.put("id", id);
      group.set("name", body.get("name"));
      group.set("display_name", body.get("name"));
      group.put("is_remote", false);
      group.put("enabled", !body.has("enabled") || body.path("enabled").asBoolean(true));
      group.set("last_sync_time", NullNode.getInstance());
      group.putArray("rights").add("view");
      store.insert(group, call.now);
      return Crud.created(Crud.API_PREFIX + "/usergroups/" + id);
    };
  }

  /**
   * {@code PATCH /usergroups/{id}/members}: {@code {"username": "member"}} adds a user, {@code
   * {"username": null}} removes one; {@code PUT} replaces the membership with the users named.
   * Every user named must exist.
   */
  static Handler changeMembers(boolean replace) {
    return call -> {
      Store groups = call.state.store("usergroups");
      String group = groups.keyOf(groups.require(call.id()));
      ObjectNode body = call.bodyObject();
      Store users = call.state.store("users");
      List<String> add = new ArrayList<>();
      List<String> remove = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : body.properties()) {
        if (users.find(entry.getKey()).isEmpty()) {
          throw ApiError.badRequest("No user named " + entry.getKey());
        }
        JsonNode value = entry.getValue();
        if (value.isNull()) {
          remove.add(entry.getKey());
        } else if (value.isTextual() && !value.asText().isBlank()) {
          add.add(entry.getKey());
        } else {
          throw ApiError.badRequest(
              "The membership of " + entry.getKey() + " must be a string or null, was " + value);
        }
      }
      if (replace) {
        for (String member : call.state.relations.related("usergroups", group, "users")) {
          call.state.relations.unlink("usergroups", group, "users", member);
        }
      }
      remove.forEach(user -> call.state.relations.unlink("usergroups", group, "users", user));
      add.forEach(user -> call.state.relations.link("usergroups", group, "users", user));
      return FakeResponse.empty(204);
    };
  }

  // ---- Open Data Stream targets, stored per type as "odstargets/<type>", keyed by name

  /** {@code GET /odstargets}: an object of lists keyed by type. */
  static Handler listAllTargets() {
    return call -> {
      ObjectNode answer = Json.object();
      for (String type : ODS_TYPES) {
        ArrayNode targets = answer.putArray(type);
        call.state.store("odstargets/" + type).all().forEach(targets::add);
      }
      return FakeResponse.json(200, answer);
    };
  }

  static Handler listTargets(String type) {
    return call -> Crud.page(call, call.state.store("odstargets/" + type).all());
  }

  static Handler createTarget(String type) {
    return call -> {
      Store store = call.state.store("odstargets/" + type);
      String key =
          store.insert(Crud.prepareCreate(store.spec(), call.bodyObject(), call.now), call.now);
      return Crud.created(Crud.API_PREFIX + "/odstargets/" + type + "/" + key);
    };
  }

  static Handler getTarget(String type) {
    return call ->
        FakeResponse.json(200, call.state.store("odstargets/" + type).require(call.id()));
  }

  static Handler deleteTarget(String type) {
    return call -> {
      Store store = call.state.store("odstargets/" + type);
      call.state.delete("odstargets/" + type, store.keyOf(store.require(call.id())));
      return FakeResponse.empty(204);
    };
  }

  /** The checks of a stored target: its port, its protocol, and for Kafka at least one broker. */
  static void checkTarget(String type, ObjectNode target) {
    JsonNode port = target.path("port");
    if (!port.isMissingNode()
        && (!port.isIntegralNumber() || port.longValue() < 0 || port.longValue() > 65535)) {
      throw ApiError.badRequest("Field port must be an integer from 0 to 65535, was " + port);
    }
    Set<String> protocols = ODS_PROTOCOLS.get(type);
    if (protocols != null
        && target.has("protocol")
        && !protocols.contains(target.path("protocol").asText())) {
      throw ApiError.badRequest(
          "Field protocol must be one of " + protocols + ", was " + target.path("protocol"));
    }
    if (type.equals("kafka")) {
      JsonNode brokers = target.path("brokers");
      if (!brokers.isArray() || brokers.isEmpty()) {
        throw ApiError.badRequest("Field brokers must list at least one broker");
      }
      for (JsonNode broker : brokers) {
        if (!broker.hasNonNull("host") || !broker.hasNonNull("port")) {
          throw ApiError.badRequest("Each broker needs a host and a port, was " + broker);
        }
      }
    }
  }

  // ---- threat collections: multipart uploads of STIX files

  /** {@code POST /threatcollections}: fields {@code name} and {@code file}; 201 with Location. */
  static Handler createCollection() {
    return call -> {
      Multipart form = Multipart.parse(call);
      String name = form.fields().get("name");
      if (name == null || name.isBlank()) {
        throw ApiError.badRequest("Form field name is required");
      }
      Store store = call.state.store(COLLECTIONS);
      ObjectNode collection = Json.object();
      collection.put("name", name);
      collection.set("user_key", NullNode.getInstance());
      String key = store.insert(describe(collection, form, call.now), call.now);
      return Crud.created(Crud.API_PREFIX + "/threatcollections/" + key);
    };
  }

  /** {@code PATCH /threatcollections/{id}}: a new file for the collection; 204. */
  static Handler replaceCollection() {
    return call -> {
      Store store = call.state.store(COLLECTIONS);
      ObjectNode existing = store.require(call.id());
      Multipart form = Multipart.parse(call);
      ObjectNode updated = describe(existing.deepCopy(), form, call.now);
      String name = form.fields().get("name");
      if (name != null && !name.isBlank()) {
        updated.put("name", name);
      }
      updated.put("mod_time", call.now);
      store.replace(store.keyOf(existing), updated);
      return FakeResponse.empty(204);
    };
  }

  /**
   * {@code PUT /threatcollections/~{user_key}}: replaces the collection with that key (204), or
   * creates it (201 with Location), named by the form's {@code name} or else by the key.
   */
  static Handler putCollectionByKey() {
    return call -> {
      String userKey = call.id();
      if (userKey.isBlank()) {
        throw ApiError.badRequest("The user key must not be empty");
      }
      Multipart form = Multipart.parse(call);
      Store store = call.state.store(COLLECTIONS);
      String name = form.fields().get("name");
      for (ObjectNode existing : store.all()) {
        if (existing.path("user_key").asText().equals(userKey)) {
          ObjectNode updated = describe(existing.deepCopy(), form, call.now);
          if (name != null && !name.isBlank()) {
            updated.put("name", name);
          }
          updated.put("mod_time", call.now);
          store.replace(store.keyOf(existing), updated);
          return FakeResponse.empty(204);
        }
      }
      ObjectNode collection = Json.object();
      collection.put("name", name == null || name.isBlank() ? userKey : name);
      collection.put("user_key", userKey);
      String key = store.insert(describe(collection, form, call.now), call.now);
      return Crud.created(Crud.API_PREFIX + "/threatcollections/" + key);
    };
  }

  /** The metadata of an uploaded file: its name, size, indicator count and upload time. */
  private static ObjectNode describe(ObjectNode collection, Multipart form, long now) {
    byte[] file = form.file();
    if (file.length == 0) {
      throw ApiError.badRequest("The STIX file is empty");
    }
    String text = new String(file, StandardCharsets.UTF_8);
    int observables = 0;
    for (int at = text.indexOf("indicator--"); at >= 0; at = text.indexOf("indicator--", at + 1)) {
      observables++;
    }
    collection.put("filename", form.filename());
    collection.put("bytes", file.length);
    collection.put("observables", observables);
    collection.put("last_updated", now);
    return collection;
  }

  /** One {@code multipart/form-data} body: its text fields and its one file part. */
  record Multipart(Map<String, String> fields, String filename, byte[] file) {
    static Multipart parse(Call call) {
      String type = call.request.header("Content-Type");
      if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
        throw ApiError.badRequest("Upload the STIX file as multipart/form-data, was " + type);
      }
      int at = type.indexOf("boundary=");
      if (at < 0) {
        throw ApiError.badRequest("The multipart body has no boundary");
      }
      String boundary = type.substring(at + "boundary=".length()).replace("\"", "").strip();
      byte[] body = call.request.body();
      byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      Map<String, String> fields = new LinkedHashMap<>();
      String filename = null;
      byte[] file = null;
      int start = indexOf(body, delimiter, 0);
      while (start >= 0) {
        int partStart = start + delimiter.length;
        if (partStart + 2 <= body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
          break;
        }
        partStart += 2; // CRLF after the delimiter
        int next =
            indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), partStart);
        if (next < 0) {
          throw ApiError.badRequest("The multipart body is not closed");
        }
        int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
        if (headersEnd < 0 || headersEnd > next) {
          throw ApiError.badRequest("A multipart part has no headers");
        }
        String headers =
            new String(body, partStart, headersEnd - partStart, StandardCharsets.UTF_8);
        String name = parameter(headers, "name");
        String partFilename = parameter(headers, "filename");
        byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
        if (partFilename != null) {
          if (!"file".equals(name)) {
            throw ApiError.badRequest("The file part must be named 'file', was " + name);
          }
          filename = partFilename;
          file = content;
        } else if (name != null) {
          fields.put(name, new String(content, StandardCharsets.UTF_8));
        }
        start = next + 2;
      }
      if (file == null) {
        throw ApiError.badRequest("The form has no file part");
      }
      return new Multipart(fields, filename, file);
    }

    private static String parameter(String headers, String name) {
      String marker = "; " + name + "=\"";
      int at = headers.indexOf(marker);
      if (at < 0) {
        return null;
      }
      int end = headers.indexOf('"', at + marker.length());
      return end < 0 ? null : headers.substring(at + marker.length(), end);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
      outer:
      for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
        for (int j = 0; j < pattern.length; j++) {
          if (data[i + j] != pattern[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }

  // ---- uploads and downloads of other resources

  /** {@code GET /reports/{id}/download}: a small PDF naming the report. */
  static Handler downloadReport() {
    return call -> {
      ObjectNode report = call.state.store("reports").require(call.id());
      String name = report.path("name").asText("report");
      String pdf =
          "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
              + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
              + "% report: "
              + name.replaceAll("[\\r\\n]", " ")
              + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
      return FakeResponse.bytes(200, "application/pdf", pdf.getBytes(StandardCharsets.ISO_8859_1))
          .withHeader(
              "Content-Disposition",
              "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"");
    };
  }

  /**
   * {@code POST /triggers/externaldata}: a JSON object whose {@code type}, when sent, is a string
   * and whose {@code body}, when sent, is an object; counted in the document {@code
   * /triggers/externaldata}. 204.
   */
  static Handler externalData() {
    return call -> {
      ObjectNode body = call.bodyObject();
      if (body.has("type") && !body.get("type").isTextual()) {
        throw ApiError.badRequest("Field type must be a string, was " + body.get("type"));
      }
      if (body.has("body") && !body.get("body").isObject()) {
        throw ApiError.badRequest("Field body must be an object, was " + body.get("body"));
      }
      ObjectNode received =
          (ObjectNode)
              call.state.documents.computeIfAbsent(
                  "/triggers/externaldata", path -> Json.object().put("received", 0));
      received.put("received", received.path("received").asLong() + 1);
      received.set("last", body);
      return FakeResponse.empty(204);
    };
  }

  /** {@code GET /customizations/status}: the newest backup, or {@code "none"} without one. */
  static Handler backupStatus() {
    return call -> {
      ObjectNode status = Json.object();
      ObjectNode newest = null;
      for (ObjectNode backup : call.state.store("customizations").all()) {
        if (newest == null
            || backup.path("create_time").asLong() >= newest.path("create_time").asLong()) {
          newest = backup;
        }
      }
      if (newest == null) {
        status.put("status", "none");
        return FakeResponse.json(200, status);
      }
      status.put("status", "success");
      status.set("name", newest.path("name"));
      status.set("id", newest.path("id"));
      status.set("time", newest.path("create_time"));
      return FakeResponse.json(200, status);
    };
  }
}
