package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The administration of the appliance and of the appliances connected to it: firmware (uploads,
 * downloads, upgrades and rollbacks, which run as jobs), services, ticketing, detections access,
 * the edition, restart and shutdown, cloud resources, certificate signing requests, the connection
 * to RevealX 360, sensor tags, IDS associations, cloud services enrollment, domain controller
 * connections and product keys.
 *
 * <p>Settings are documents in {@link State#documents} that start from the defaults below until
 * changed. A job is an object of the {@code jobs} store, {@code RUNNING} at step 1 of {@link
 * #JOB_STEPS}; each {@code GET /jobs/{id}} moves it a step on, and the poll after the last step
 * marks it {@code DONE} and applies what the job was for (the downloaded image becomes the one to
 * upgrade to, an upgrade changes the firmware version). What a job applies is kept in the document
 * {@code /jobs/{id}/effect}, which is never answered.
 */
final class Administration {
  static final int JOB_STEPS = 2;

  private static final String SERVICES = "/extrahop/services";
  private static final String TICKETING = "/extrahop/ticketing";
  private static final String DETECTION_ACCESS = "/extrahop/detections/access";
  private static final String IMAGE = "/extrahop/firmware/image";
  private static final String PREVIOUS = "/extrahop/firmware/previous";
  private static final String CLOUD_SERVICES = "/appliances/0/cloudservices";
  private static final Set<String> FIRMWARE_SCHEMES = Set.of("https", "http", "ftp");
  private static final List<String> DOMAIN_CONTROLLER_STRINGS =
      List.of("dc_host", "dc_name", "realm", "username", "password");
  private static final List<String> DOMAIN_CONTROLLER_FLAGS =
      List.of("ad_decryption_enabled", "ad_response_enabled", "ad_user_enrichment_enabled");

  private static final JsonNode DEFAULT_SERVICES =
      Json.parse(
          """
          {"snmp": {"enabled": false}, "ssh": {"enabled": true}, "gui": {"enabled": true},
           "port80": {"enabled": true}}""");
  private static final JsonNode DEFAULT_TICKETING = Json.parse("{\"enabled\": false}");
  private static final JsonNode DEFAULT_DETECTION_ACCESS = Json.parse("{\"enabled\": false}");
  private static final JsonNode DEFAULT_PREVIOUS = Json.parse("{\"version\": \"9.5.3.1650\"}");
  private static final JsonNode DEFAULT_CLOUD_SERVICES =
      Json.parse("{\"enabled\": true, \"status\": \"connected\"}");

  /** What ExtraHop Cloud Services offers to upgrade to, newest release first. */
  private static final JsonNode RELEASES =
      Json.parse(
          """
          [{"release": "26.3", "current_release": false, "versions": ["26.3.1.1010", "26.3.0.980"]},
           {"release": "9.6", "current_release": true, "versions": ["9.6.2.1204"]}]""");

  private Administration() {}

  // ---- settings documents

  /** GET of a settings document, its default until it is first changed. */
  static Handler setting(String path) {
    return call -> FakeResponse.json(200, document(call, path));
  }

  private static JsonNode document(Call call, String path) {
    JsonNode stored = call.state.documents.get(path);
    if (stored != null) {
      return stored;
    }
    return switch (path) {
      case SERVICES -> DEFAULT_SERVICES;
      case TICKETING -> DEFAULT_TICKETING;
      case DETECTION_ACCESS -> DEFAULT_DETECTION_ACCESS;
      case PREVIOUS -> DEFAULT_PREVIOUS;
      case CLOUD_SERVICES -> DEFAULT_CLOUD_SERVICES;
      default -> throw ApiError.notFound("No document at /api/v1" + path);
    };
  }

  /**
   * {@code PATCH /extrahop/services}: each field names a known service and holds {@code {"enabled":
   * true|false}}; the services sent change, the others stay. 204.
   */
  static Handler patchServices() {
    return call -> {
      ObjectNode body = call.bodyObject();
      ObjectNode services = document(call, SERVICES).deepCopy();
      body.properties()
          .forEach(
              field -> {
                if (!services.has(field.getKey())) {
                  throw ApiError.badRequest(
                      "Unknown service "
                          + field.getKey()
                          + "; services are "
                          + fieldNames(services));
                }
                if (!field.getValue().path("enabled").isBoolean()) {
                  throw ApiError.badRequest(
                      "Service " + field.getKey() + " must be an object with a boolean enabled");
                }
                services.set(field.getKey(), field.getValue());
              });
      call.state.documents.put(SERVICES, services);
      return FakeResponse.empty(204);
    };
  }

  /** {@code PATCH /extrahop/ticketing}: merges the fields sent; {@code enabled} is a boolean. */
  static Handler patchTicketing() {
    return call -> {
      ObjectNode body = call.bodyObject();
      checkEnabled(body, false);
      ObjectNode ticketing = document(call, TICKETING).deepCopy();
      ticketing.setAll(body);
      call.state.documents.put(TICKETING, ticketing);
      return FakeResponse.empty(204);
    };
  }

  /**
   * {@code PUT /extrahop/detections/access}: replaces the settings; {@code enabled} is required.
   */
  static Handler replaceDetectionAccess() {
    return call -> {
      ObjectNode body = call.bodyObject();
      checkEnabled(body, true);
      call.state.documents.put(DETECTION_ACCESS, body);
      return FakeResponse.empty(204);
    };
  }

  private static void checkEnabled(ObjectNode body, boolean required) {
    JsonNode enabled = body.path("enabled");
    if (enabled.isMissingNode() && !required) {
      return;
    }
    if (!enabled.isBoolean()) {
      throw ApiError.badRequest("Field enabled is required and must be a boolean");
    }
  }

  /** {@code GET /extrahop/edition}: the edition of {@code GET /extrahop}. */
  static Handler edition() {
    return call -> {
      ObjectNode edition = Json.object();
      edition.set("edition", call.state.documents.get("/extrahop").path("edition"));
      return FakeResponse.json(200, edition);
    };
  }

  /** {@code POST /extrahop/restart} and {@code /extrahop/shutdown}: 202, noted in a document. */
  static Handler power(String action) {
    return call -> {
      ObjectNode power = Json.object();
      power.put("action", action);
      power.put("time", call.now);
      call.state.documents.put("/extrahop/power", power);
      return FakeResponse.empty(202);
    };
  }

  /** {@code POST /extrahop/cloudresources}: a non-empty file, 201. */
  static Handler uploadCloudResources() {
    return call -> {
      requireFile(call, "cloud resources file");
      ObjectNode upload = Json.object();
      upload.put("bytes", call.request.body().length);
      upload.put("upload_time", call.now);
      call.state.documents.put("/extrahop/cloudresources", upload);
      return FakeResponse.empty(201);
    };
  }

  /**
   * {@code POST /extrahop/sslcert/signingrequest}: {@code subject.common_name} and {@code
   * subject_alternative_names} required; answers a PEM request.
   */
  static Handler signingRequest() {
    return call -> {
      ObjectNode body = call.bodyObject();
      JsonNode commonName = body.path("subject").path("common_name");
      if (!commonName.isTextual() || commonName.asText().isBlank()) {
        throw ApiError.badRequest("Field subject.common_name is required");
      }
      JsonNode names = body.path("subject_alternative_names");
      if (!names.isArray()) {
        throw ApiError.badRequest("Field subject_alternative_names is required and is an array");
      }
      for (JsonNode name : names) {
        if (!name.path("type").isTextual() || !name.path("name").isTextual()) {
          throw ApiError.badRequest(
              "Each subject alternative name is an object with a type and a name");
        }
      }
      String encoded =
          Base64.getEncoder()
              .encodeToString(
                  ("CN=" + commonName.asText() + ";SAN=" + names).getBytes(StandardCharsets.UTF_8));
      ObjectNode answer = Json.object();
      answer.put(
          "pem",
          "-----BEGIN CERTIFICATE REQUEST-----\n"
              + encoded
              + "\n-----END CERTIFICATE REQUEST-----\n");
      return FakeResponse.json(200, answer);
    };
  }

  /** {@code POST /cloud/connect}: a non-blank {@code cloud_token}, 201. */
  static Handler cloudConnect() {
    return call -> {
      ObjectNode body = call.bodyObject();
      requireText(body, "cloud_token");
      ObjectNode connection = Json.object();
      connection.put("connected", true);
      connection.put("connect_time", call.now);
      call.state.documents.put("/cloud/connect", connection);
      return FakeResponse.empty(201);
    };
  }

  // ---- firmware

  /** {@code GET /extrahop/firmware/next} and {@code GET /appliances/firmware/next?ids=}. */
  static Handler releases(boolean remote) {
    return call -> {
      if (remote) {
        String ids = call.query("ids");
        if (ids != null && !ids.isBlank()) {
          for (String id : ids.split(",")) {
            call.state.store("appliances").require(id.strip());
          }
        }
      }
      return FakeResponse.json(200, RELEASES);
    };
  }

  /** {@code GET /extrahop/firmware/previous}: 404 once rolled back. */
  static Handler previous() {
    return call -> {
      JsonNode previous = document(call, PREVIOUS);
      if (previous.isNull()) {
        throw ApiError.notFound("There is no previous firmware to roll back to");
      }
      return FakeResponse.json(200, previous);
    };
  }

  /** {@code POST /extrahop/firmware}: a non-empty image, 201 with what the appliance read of it. */
  static Handler uploadFirmware() {
    return call -> {
      requireFile(call, "firmware image");
      ObjectNode image = Json.object();
      image.put("version", RELEASES.get(0).path("versions").get(0).asText());
      image.put("bytes", call.request.body().length);
      image.put("source", "upload");
      call.state.documents.put(IMAGE, image);
      return FakeResponse.json(201, image);
    };
  }

  /** {@code POST /extrahop/firmware/download/url}: a job that downloads from the URL. */
  static Handler downloadFromUrl() {
    return call -> {
      ObjectNode body = call.bodyObject();
      String url = requireText(body, "firmware_url");
      int colon = url.indexOf("://");
      if (colon < 0 || !FIRMWARE_SCHEMES.contains(url.substring(0, colon).toLowerCase())) {
        throw ApiError.badRequest("Field firmware_url must be an HTTPS, HTTP or FTP URL");
      }
      ObjectNode effect = Json.object();
      effect.put("image", RELEASES.get(0).path("versions").get(0).asText());
      effect.put("upgrade", flag(body, "upgrade"));
      return startJob(call, "firmware_download", "Downloading firmware", effect);
    };
  }

  /** {@code POST /extrahop/firmware/download/version}: a version cloud services offers. */
  static Handler downloadVersion() {
    return call -> {
      ObjectNode body = call.bodyObject();
      String version = requireOfferedVersion(body);
      ObjectNode effect = Json.object();
      effect.put("image", version);
      effect.put("upgrade", flag(body, "upgrade"));
      return startJob(call, "firmware_download", "Downloading firmware", effect);
    };
  }

  /** {@code POST /extrahop/firmware/latest/upgrade}: 400 without an image to upgrade to. */
  static Handler upgradeToLatest() {
    return call -> {
      ObjectNode body = call.optionalBodyObject();
      for (String option : List.of("force", "restart_after", "silent")) {
        if (body.has(option) && !body.get(option).isBoolean()) {
          throw ApiError.badRequest("Field " + option + " must be a boolean");
        }
      }
      JsonNode image = call.state.documents.get(IMAGE);
      if (image == null) {
        throw ApiError.badRequest("No firmware image has been uploaded or downloaded");
      }
      ObjectNode effect = Json.object();
      effect.put("upgrade_to", image.path("version").asText());
      return startJob(call, "firmware_upgrade", "Upgrading firmware", effect);
    };
  }

  /** {@code POST /extrahop/firmware/previous/rollback}: 202 without a job; applied at once. */
  static Handler rollback() {
    return call -> {
      JsonNode previous = document(call, PREVIOUS);
      if (previous.isNull()) {
        throw ApiError.badRequest("There is no previous firmware to roll back to");
      }
      setVersion(call, previous.path("version").asText());
      call.state.documents.put(PREVIOUS, NullNode.instance);
      return FakeResponse.empty(202);
    };
  }

  /** {@code POST /appliances/firmware/upgrade}: connected appliances and an offered version. */
  static Handler upgradeAppliances() {
    return call -> {
      ObjectNode body = call.bodyObject();
      JsonNode ids = body.path("system_ids");
      if (!ids.isArray() || ids.isEmpty()) {
        throw ApiError.badRequest("Field system_ids is required and is a non-empty array");
      }
      for (JsonNode id : ids) {
        if (!id.canConvertToLong()) {
          throw ApiError.badRequest("Field system_ids holds appliance ids, was " + id);
        }
        if (call.state.store("appliances").find(id.asText()).isEmpty()) {
          throw ApiError.badRequest("No connected appliance with id " + id);
        }
      }
      String version = requireOfferedVersion(body);
      ObjectNode effect = Json.object();
      effect.set("appliances", ids);
      effect.put("upgrade_to", version);
      return startJob(call, "appliance_firmware_upgrade", "Upgrading connected appliances", effect);
    };
  }

  private static String requireOfferedVersion(ObjectNode body) {
    String version = requireText(body, "version");
    for (JsonNode release : RELEASES) {
      for (JsonNode offered : release.path("versions")) {
        if (offered.asText().equals(version)) {
          return version;
        }
      }
    }
    throw ApiError.badRequest("Version " + version + " is not available from cloud services");
  }

  /** The appliance runs {@code version} now; the version it ran becomes the previous one. */
  private static void setVersion(Call call, String version) {
    // Documents are replaced, never changed in place, so an answer being written keeps its value.
    ObjectNode info = call.state.documents.get("/extrahop").deepCopy();
    ObjectNode previous = Json.object();
    previous.set("version", info.path("version"));
    call.state.documents.put(PREVIOUS, previous);
    info.put("version", version);
    call.state.documents.put("/extrahop", info);
    ObjectNode running = call.state.documents.get("/extrahop/version").deepCopy();
    running.put("version", version);
    call.state.documents.put("/extrahop/version", running);
  }

  // ---- jobs

  private static FakeResponse startJob(
      Call call, String type, String description, ObjectNode effect) {
    Store jobs = call.state.store("jobs");
    String id = Integer.toString(jobs.size() + 1);
    ObjectNode job = Json.object();
    job.put("id", id);
    job.put("type", type);
    job.put("status", "RUNNING");
    job.put("step_number", 1);
    job.put("total_steps", JOB_STEPS);
    job.put("step_description", description);
    job.put("create_time", call.now);
    jobs.insert(job, call.now);
    call.state.documents.put("/jobs/" + id + "/effect", effect);
    return FakeResponse.empty(202).withHeader("Location", Crud.API_PREFIX + "/jobs/" + id);
  }

  /** {@code GET /jobs/{id}}: the job, moved one step on; done after the last step. */
  static Handler pollJob() {
    return call -> {
      Store jobs = call.state.store("jobs");
      ObjectNode job = jobs.require(call.id()).deepCopy();
      if (job.path("status").asText().equals("RUNNING")) {
        int step = job.path("step_number").asInt() + 1;
        if (step > JOB_STEPS) {
          job.put("status", "DONE");
          job.put("step_description", "Done");
          apply(call, call.state.documents.remove("/jobs/" + jobs.keyOf(job) + "/effect"));
        } else {
          job.put("step_number", step);
        }
        job.put("mod_time", call.now);
        jobs.replace(jobs.keyOf(job), job);
      }
      return FakeResponse.json(200, job);
    };
  }

  private static void apply(Call call, JsonNode effect) {
    if (effect == null) {
      return;
    }
    if (effect.has("image")) {
      ObjectNode image = Json.object();
      image.put("version", effect.path("image").asText());
      image.put("source", "download");
      call.state.documents.put(IMAGE, image);
      if (effect.path("upgrade").asBoolean()) {
        setVersion(call, effect.path("image").asText());
        call.state.documents.remove(IMAGE);
      }
    } else if (effect.has("appliances")) {
      Store appliances = call.state.store("appliances");
      for (JsonNode id : effect.path("appliances")) {
        appliances
            .find(id.asText())
            .ifPresent(
                appliance -> {
                  ObjectNode upgraded = appliance.deepCopy();
                  upgraded.set("firmware_version", effect.path("upgrade_to"));
                  upgraded.put("mod_time", call.now);
                  appliances.replace(appliances.keyOf(appliance), upgraded);
                });
      }
    } else if (effect.has("upgrade_to")) {
      setVersion(call, effect.path("upgrade_to").asText());
      call.state.documents.remove(IMAGE);
    }
  }

  // ---- sensor tags, stored as "sensortags" and served under /appliances/sensortags

  static Handler createSensorTag() {
    return call -> {
      Store tags = call.state.store("sensortags");
      ObjectNode tag = Crud.prepareCreate(tags.spec(), call.bodyObject(), call.now);
      checkSensors(call, tag.path("sensors"));
      String key = tags.insert(tag, call.now);
      return Crud.created(Crud.API_PREFIX + "/appliances/sensortags/" + key);
    };
  }

  static Handler patchSensorTag() {
    return call -> {
      Store tags = call.state.store("sensortags");
      ObjectNode existing = tags.require(call.id());
      ObjectNode merged = Crud.merge(tags.spec(), existing, call.bodyObject(), call.now);
      checkSensors(call, merged.path("sensors"));
      tags.replace(tags.keyOf(existing), merged);
      return FakeResponse.empty(204);
    };
  }

  /** {@code POST /appliances/sensortags/delete}: every id must exist; then all go. 201. */
  static Handler deleteSensorTags() {
    return call -> {
      Store tags = call.state.store("sensortags");
      JsonNode ids = call.bodyObject().path("sensortags");
      if (!ids.isArray()) {
        throw ApiError.badRequest("Field sensortags is required and is an array of ids");
      }
      List<String> keys = new ArrayList<>();
      for (JsonNode id : ids) {
        keys.add(tags.keyOf(tags.require(id.asText())));
      }
      keys.forEach(key -> call.state.delete("sensortags", key));
      return FakeResponse.empty(201);
    };
  }

  /** {@code GET /appliances/{id}/sensortags}: the tags whose {@code sensors} hold the id. */
  static Handler tagsOfSensor() {
    return call -> {
      long sensor = appliance(call).path("id").longValue();
      List<JsonNode> carried = new ArrayList<>();
      for (ObjectNode tag : call.state.store("sensortags").all()) {
        if (holds(tag.path("sensors"), sensor)) {
          carried.add(tag);
        }
      }
      return FakeResponse.json(200, Json.arrayOf(carried));
    };
  }

  /** {@code PATCH /appliances/{id}/sensortags}: the sensor carries exactly the tags listed. */
  static Handler setTagsOfSensor() {
    return call -> {
      long sensor = appliance(call).path("id").longValue();
      JsonNode ids = call.bodyObject().path("sensortags");
      if (!ids.isArray()) {
        throw ApiError.badRequest("Field sensortags is required and is an array of ids");
      }
      Store tags = call.state.store("sensortags");
      Set<String> wanted = new LinkedHashSet<>();
      for (JsonNode id : ids) {
        if (tags.find(id.asText()).isEmpty()) {
          throw ApiError.badRequest("No sensor tag with id " + id);
        }
        wanted.add(tags.keyOf(tags.require(id.asText())));
      }
      for (ObjectNode tag : List.copyOf(tags.all())) {
        boolean has = holds(tag.path("sensors"), sensor);
        boolean want = wanted.contains(tags.keyOf(tag));
        if (has == want) {
          continue;
        }
        ObjectNode changed = tag.deepCopy();
        ArrayNode sensors = changed.putArray("sensors");
        for (JsonNode other : tag.path("sensors")) {
          if (other.longValue() != sensor) {
            sensors.add(other);
          }
        }
        if (want) {
          sensors.add(sensor);
        }
        changed.put("mod_time", call.now);
        tags.replace(tags.keyOf(tag), changed);
      }
      return FakeResponse.empty(204);
    };
  }

  private static void checkSensors(Call call, JsonNode sensors) {
    if (sensors.isMissingNode() || sensors.isNull()) {
      return;
    }
    if (!sensors.isArray()) {
      throw ApiError.badRequest("Field sensors must be an array of sensor ids");
    }
    for (JsonNode sensor : sensors) {
      if (!sensor.canConvertToLong()
          || call.state.store("appliances").find(sensor.asText()).isEmpty()) {
        throw ApiError.badRequest("No connected sensor with id " + sensor);
      }
    }
  }

  private static boolean holds(JsonNode ids, long id) {
    for (JsonNode element : ids) {
      if (element.canConvertToLong() && element.longValue() == id) {
        return true;
      }
    }
    return false;
  }

  // ---- one connected appliance

  private static ObjectNode appliance(Call call) {
    return call.state.store("appliances").require(call.id());
  }

  /** {@code GET /appliances/{ids_id}/association}. */
  static Handler association() {
    return call -> {
      String path = "/appliances/" + appliance(call).path("id").asText() + "/association";
      JsonNode stored = call.state.documents.get(path);
      return FakeResponse.json(
          200, stored != null ? stored : Json.parse("{\"associated_sensor_id\": null}"));
    };
  }

  /** {@code POST /appliances/{ids_id}/association}: another connected sensor; 204. */
  static Handler associate() {
    return call -> {
      ObjectNode ids = appliance(call);
      JsonNode sensor = call.bodyObject().path("associated_sensor_id");
      if (!sensor.canConvertToLong()) {
        throw ApiError.badRequest("Field associated_sensor_id is required and is a sensor id");
      }
      if (sensor.longValue() == ids.path("id").longValue()
          || call.state.store("appliances").find(sensor.asText()).isEmpty()) {
        throw ApiError.badRequest("No other connected packet sensor with id " + sensor);
      }
      ObjectNode association = Json.object();
      association.put("associated_sensor_id", sensor.longValue());
      call.state.documents.put(
          "/appliances/" + ids.path("id").asText() + "/association", association);
      return FakeResponse.empty(204);
    };
  }

  /** {@code GET /appliances/{id}/cloudservices}: only for 0, the local appliance. */
  static Handler cloudServices() {
    return call -> {
      requireLocal(call);
      return FakeResponse.json(200, document(call, CLOUD_SERVICES));
    };
  }

  /** {@code POST /appliances/{id}/cloudservices} with {@code {"action": "unenroll"}}: 201. */
  static Handler changeCloudServices() {
    return call -> {
      requireLocal(call);
      String action = call.bodyObject().path("action").asText();
      if (!action.equals("unenroll")) {
        throw ApiError.badRequest("Field action must be unenroll, was '" + action + "'");
      }
      ObjectNode status = Json.object();
      status.put("enabled", false);
      status.put("status", "unenrolled");
      call.state.documents.put(CLOUD_SERVICES, status);
      return FakeResponse.empty(201);
    };
  }

  private static void requireLocal(Call call) {
    if (!call.id().equals("0")) {
      throw ApiError.badRequest("The appliance id must be 0, the local appliance");
    }
  }

  /** {@code GET /appliances/{id}/productkey}. */
  static Handler productKey() {
    return call -> {
      ObjectNode key = Json.object();
      key.put(
          "product_key",
          "FAKE-REMO-TE00-" + String.format("%04d", appliance(call).path("id").longValue()));
      return FakeResponse.json(200, key);
    };
  }

  // ---- domain controllers, a document per appliance (without passwords)

  private static String controllersPath(Call call) {
    return "/appliances/" + appliance(call).path("id").asText() + "/domaincontrollers";
  }

  private static ArrayNode controllers(Call call) {
    JsonNode stored = call.state.documents.get(controllersPath(call));
    return stored == null ? Json.array() : (ArrayNode) stored;
  }

  static Handler listControllers() {
    return call -> FakeResponse.json(200, controllers(call));
  }

  static Handler getController() {
    return call -> FakeResponse.json(200, controller(call));
  }

  private static JsonNode controller(Call call) {
    String host = call.parameter("dc_host");
    for (JsonNode controller : controllers(call)) {
      if (controller.path("dc_host").asText().equalsIgnoreCase(host)) {
        return controller;
      }
    }
    throw ApiError.notFound("No domain controller connection to " + host);
  }

  /** {@code POST /appliances/{id}/domaincontrollers/connections}: 201, 409 for a known host. */
  static Handler addController() {
    return call -> {
      ObjectNode body = checkController(call.bodyObject());
      JsonNode interval = body.path("password_interval");
      if (!interval.isMissingNode()
          && !interval.isNull()
          && (!interval.canConvertToInt() || interval.intValue() < 0)) {
        throw ApiError.badRequest("Field password_interval must be a number of days");
      }
      ArrayNode controllers = controllers(call).deepCopy();
      String host = body.path("dc_host").asText();
      for (JsonNode existing : controllers) {
        if (existing.path("dc_host").asText().equalsIgnoreCase(host)) {
          throw new ApiError(409, "A connection to " + host + " already exists");
        }
      }
      ObjectNode stored = body.deepCopy();
      stored.remove("password");
      controllers.add(stored);
      call.state.documents.put(controllersPath(call), controllers);
      return Crud.created(
          Crud.API_PREFIX
              + "/appliances/"
              + appliance(call).path("id").asText()
              + "/domaincontrollers/connections/"
              + host);
    };
  }

  static Handler removeController() {
    return call -> {
      JsonNode target = controller(call);
      ArrayNode controllers = controllers(call).deepCopy();
      for (Iterator<JsonNode> it = controllers.elements(); it.hasNext(); ) {
        if (it.next().path("dc_host").equals(target.path("dc_host"))) {
          it.remove();
        }
      }
      call.state.documents.put(controllersPath(call), controllers);
      return FakeResponse.empty(204);
    };
  }

  /**
   * {@code POST /appliances/{id}/domaincontrollers/testconnection}: the same checks, nothing kept.
   */
  static Handler testController() {
    return call -> {
      appliance(call);
      ObjectNode body = checkController(call.bodyObject());
      ObjectNode result = Json.object();
      result.put("success", true);
      result.put("message", "Connected to " + body.path("dc_host").asText());
      return FakeResponse.json(200, result);
    };
  }

  private static ObjectNode checkController(ObjectNode body) {
    DOMAIN_CONTROLLER_STRINGS.forEach(field -> requireText(body, field));
    for (String flag : DOMAIN_CONTROLLER_FLAGS) {
      if (!body.path(flag).isBoolean()) {
        throw ApiError.badRequest("Field " + flag + " is required and is a boolean");
      }
    }
    return body;
  }

  // ---- helpers

  private static String requireText(ObjectNode body, String field) {
    JsonNode value = body.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw ApiError.badRequest("Field " + field + " is required");
    }
    return value.asText();
  }

  private static boolean flag(ObjectNode body, String field) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw ApiError.badRequest("Field " + field + " must be a boolean");
    }
    return value.booleanValue();
  }

  private static void requireFile(Call call, String what) {
    if (call.request.body().length == 0) {
      throw ApiError.badRequest("Upload the " + what + " as the request body");
    }
  }

  private static List<String> fieldNames(ObjectNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
