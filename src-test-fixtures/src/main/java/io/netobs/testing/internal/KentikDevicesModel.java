package io.netobs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The devices, device labels and sites of a Kentik fake, answered as the V5 Device, Device Label
 * and Site APIs answer them. Not part of the public API.
 *
 * <p>Wrappers and value types follow the live API: devices are wrapped ({@code {"devices": [...]}},
 * {@code {"device": {...}}}) with {@code id}, {@code company_id} and {@code device_sample_rate} as
 * strings, and embed their site, plan and labels (labels with {@code cdate}/{@code edate}); labels
 * are bare, with a numeric id, string {@code company_id} and {@code user_id}, and the devices
 * carrying them (device ids as strings); sites are wrapped ({@code {"site": {...}}}) with {@code
 * id} a number on GET and POST but a string on PUT, and {@code company_id} a number on GET but a
 * string on POST and PUT. A label delete answers {@code {"success": true}}.
 *
 * <p>Deleting a device takes two DELETEs: the first moves it to the trash (204), after which it is
 * no longer listed, and GET and PUT answer 404 for it, though its name stays taken; the second
 * removes it (204); a third answers 404. Deleting a label takes it off every device; deleting a
 * site leaves its devices without a site.
 *
 * <p>Refused with 400 {@code {"error": ...}}: a device without {@code device_name}, {@code
 * device_subtype} or a positive {@code device_sample_rate}, a second device of the same name, a
 * router without {@code sending_ips} or {@code minimize_snmp}, BGP type {@code device} without a
 * neighbour ASN and address, {@code other_device} without {@code use_bgp_device_id}, a site or
 * label id that names nothing; a label without a name or a {@code #RRGGBB} colour; a site without a
 * name. One lock guards everything.
 */
public final class KentikDevicesModel {
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

  private final KentikSettings settings;
  private final Map<Long, ObjectNode> sites = new TreeMap<>();
  private final Map<Long, ObjectNode> labels = new TreeMap<>();
  private final Map<Long, Device> devices = new TreeMap<>();
  private long nextSiteId;
  private long nextLabelId;
  private long nextDeviceId;

  private static final class Device {
    final ObjectNode fields;
    final Set<Long> labelIds = new LinkedHashSet<>();
    boolean trashed;

    Device(ObjectNode fields) {
      this.fields = fields;
    }
  }

  /** A model holding what the settings ask for at start. */
  public KentikDevicesModel(KentikSettings settings) {
    this.settings = settings;
    reset();
  }

  /** Forgets everything, then adds the sample objects if the settings ask for them. */
  public synchronized void reset() {
    sites.clear();
    labels.clear();
    devices.clear();
    nextSiteId = 8480;
    nextLabelId = 2590;
    nextDeviceId = 77710;
    if (settings.sampleData()) {
      ObjectNode site = Json.object().put("site_name", "frankfurt-dc1").put("lat", 50.11);
      site.put("lon", 8.68);
      createSite(Json.object().set("site", site));
      createLabel(Json.object().put("name", "edge").put("color", "#5340A5"));
    }
  }

  // ---------------------------------------------------------------- devices

  /** Device List: {@code {"devices": [...]}}, the trash left out. */
  public synchronized FakeResponse listDevices() {
    return FakeResponse.json(200, Map.of("devices", devicesJson()));
  }

  /** Device Info: {@code {"device": {...}}}. */
  public synchronized FakeResponse getDevice(long id) {
    return FakeResponse.json(200, Map.of("device", render(existingDevice(id))));
  }

  /** Device Create from {@code {"device": {...}}}. */
  public synchronized FakeResponse createDevice(JsonNode body) {
    JsonNode sent = wrapped(body, "device");
    ObjectNode fields = Json.object();
    merge(fields, sent);
    check(fields, null);
    long id = nextDeviceId++;
    fields.put("id", Long.toString(id));
    fields.put("company_id", settings.companyId());
    fields.put("device_status", "V");
    fields.put("device_flow_type", "auto");
    String date = IsoDates.forObject(id, now());
    fields.put("created_date", date);
    fields.put("updated_date", date);
    Device device = new Device(fields);
    devices.put(id, device);
    return FakeResponse.json(200, Map.of("device", render(device)));
  }

  /** Device Update from {@code {"device": {changed fields}}}. */
  public synchronized FakeResponse updateDevice(long id, JsonNode body) {
    Device device = existingDevice(id);
    JsonNode sent = wrapped(body, "device");
    ObjectNode merged = device.fields.deepCopy();
    merge(merged, sent);
    check(merged, id);
    merged.put("updated_date", IsoDates.forObject(id, now()));
    device.fields.removeAll();
    device.fields.setAll(merged);
    return FakeResponse.json(200, Map.of("device", render(device)));
  }

  /** Device Delete: the first moves the device to the trash, the second removes it; 204 both. */
  public synchronized FakeResponse deleteDevice(long id) {
    Device device = devices.get(id);
    if (device == null) {
      throw ApiError.notFound("Device " + id + " not found");
    }
    if (device.trashed) {
      devices.remove(id);
    } else {
      device.trashed = true;
    }
    return FakeResponse.empty(204);
  }

  /** Apply Labels from {@code {"labels": [{"id": ...}]}}: replaces the device's label set. */
  public synchronized FakeResponse setDeviceLabels(long id, JsonNode body) {
    Device device = existingDevice(id);
    if (body == null || !body.isObject() || !body.path("labels").isArray()) {
      throw ApiError.badRequest("The request body must be {\"labels\": [{\"id\": ...}]}");
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (JsonNode label : body.get("labels")) {
      long labelId = label.path("id").asLong(-1);
      if (!labels.containsKey(labelId)) {
        throw ApiError.badRequest("Label " + label.path("id").asText() + " does not exist");
      }
      ids.add(labelId);
    }
    device.labelIds.clear();
    device.labelIds.addAll(ids);
    ObjectNode answer = Json.object();
    answer.put("id", Long.toString(id));
    answer.put("device_name", device.fields.path("device_name").asText());
    answer.set("labels", embeddedLabels(device));
    return FakeResponse.json(200, answer);
  }

  /** Every device not in the trash, as the list shows it. */
  public synchronized ArrayNode devicesJson() {
    ArrayNode list = Json.array();
    devices.values().stream().filter(d -> !d.trashed).forEach(d -> list.add(render(d)));
    return list;
  }

  /** Whether a device is in the trash (deleted once). */
  public synchronized boolean isTrashed(long id) {
    Device device = devices.get(id);
    return device != null && device.trashed;
  }

  private Device existingDevice(long id) {
    Device device = devices.get(id);
    if (device == null || device.trashed) {
      throw ApiError.notFound("Device " + id + " not found");
    }
    return device;
  }

  private static final List<String> STRING_FIELDS =
      List.of(
          "device_name",
          "device_type",
          "device_subtype",
          "device_description",
          "device_snmp_ip",
          "device_bgp_type",
          "device_bgp_neighbor_ip",
          "device_bgp_neighbor_ip6",
          "device_bgp_neighbor_asn",
          "cdn_attr");

  /** Copies what a create or update sent over the stored fields, in the stored types. */
  private static void merge(ObjectNode stored, JsonNode sent) {
    sent.fields()
        .forEachRemaining(
            e -> {
              String name = e.getKey();
              JsonNode value = e.getValue();
              if (name.equals("id") || name.equals("company_id")) {
                return;
              }
              if (STRING_FIELDS.contains(name) && !value.isNull()) {
                if (!value.isValueNode()) {
                  throw ApiError.badRequest(name + " must be a string");
                }
                stored.put(name, value.asText());
              } else if (name.equals("device_sample_rate")) {
                long rate = value.isNumber() ? value.asLong() : parse(value.asText());
                if (rate < 1) {
                  throw ApiError.badRequest("device_sample_rate must be a positive integer");
                }
                stored.put(name, Long.toString(rate));
              } else if (name.equals("device_bgp_password")) {
                stored.put(name, mask(value.asText()));
              } else {
                stored.set(name, value.deepCopy());
              }
            });
  }

  private void check(ObjectNode device, Long self) {
    for (String required : List.of("device_name", "device_subtype", "device_sample_rate")) {
      if (device.path(required).asText("").isBlank()) {
        throw ApiError.badRequest(required + " is required");
      }
    }
    String name = device.get("device_name").asText();
    for (Map.Entry<Long, Device> other : devices.entrySet()) {
      if (!other.getKey().equals(self)
          && name.equals(other.getValue().fields.path("device_name").asText())) {
        throw ApiError.badRequest("A device named " + name + " already exists");
      }
    }
    if ("router".equals(device.path("device_type").asText())) {
      if (!device.path("sending_ips").isArray() || device.get("sending_ips").isEmpty()) {
        throw ApiError.badRequest("sending_ips is required for a router");
      }
      if (!device.path("minimize_snmp").isBoolean()) {
        throw ApiError.badRequest("minimize_snmp is required for a router");
      }
    }
    String bgp = device.path("device_bgp_type").asText("none");
    if (bgp.equals("device")) {
      if (device.path("device_bgp_neighbor_asn").asText("").isBlank()) {
        throw ApiError.badRequest(
            "device_bgp_neighbor_asn is required with device_bgp_type device");
      }
      if (device.path("device_bgp_neighbor_ip").asText("").isBlank()
          && device.path("device_bgp_neighbor_ip6").asText("").isBlank()) {
        throw ApiError.badRequest(
            "device_bgp_neighbor_ip or device_bgp_neighbor_ip6 is required with device_bgp_type"
                + " device");
      }
    } else if (bgp.equals("other_device") && device.path("use_bgp_device_id").isNull()
        || bgp.equals("other_device") && device.path("use_bgp_device_id").isMissingNode()) {
      throw ApiError.badRequest("use_bgp_device_id is required with device_bgp_type other_device");
    }
    JsonNode site = device.get("site_id");
    if (site != null && !site.isNull() && !sites.containsKey(site.asLong(-1))) {
      throw ApiError.badRequest("Site " + site.asText() + " does not exist");
    }
  }

  private ObjectNode render(Device device) {
    ObjectNode out = Json.object();
    ObjectNode f = device.fields;
    out.set("id", f.get("id"));
    out.set("company_id", f.get("company_id"));
    out.put("device_name", f.path("device_name").asText());
    out.put("device_type", f.path("device_type").asText("router"));
    out.put("device_subtype", f.path("device_subtype").asText());
    out.put("device_status", f.path("device_status").asText());
    out.set(
        "device_description",
        f.path("device_description").isMissingNode() ? null : f.get("device_description"));
    JsonNode siteId = f.get("site_id");
    ObjectNode site = siteId == null || siteId.isNull() ? null : sites.get(siteId.asLong());
    if (site == null) {
      out.putNull("site");
    } else {
      out.set("site", site.deepCopy());
    }
    JsonNode planId = f.get("plan_id");
    if (planId == null || planId.isNull()) {
      out.putNull("plan");
    } else {
      ObjectNode plan = out.putObject("plan");
      plan.put("id", planId.asLong());
      plan.putNull("name");
      plan.putNull("cdate");
      plan.putNull("edate");
      plan.set("deviceTypes", Json.array());
      plan.set("devices", Json.array());
    }
    out.set("labels", embeddedLabels(device));
    out.set("all_interfaces", Json.array());
    out.set("device_flow_type", f.get("device_flow_type"));
    out.set("device_sample_rate", f.get("device_sample_rate"));
    out.set("sending_ips", f.has("sending_ips") ? f.get("sending_ips") : Json.array());
    out.set("device_snmp_ip", f.has("device_snmp_ip") ? f.get("device_snmp_ip") : null);
    out.put("device_snmp_community", "");
    out.put("minimize_snmp", f.path("minimize_snmp").asBoolean(false));
    out.put("device_bgp_type", f.path("device_bgp_type").asText("none"));
    for (String name :
        List.of(
            "device_bgp_neighbor_ip",
            "device_bgp_neighbor_ip6",
            "device_bgp_neighbor_asn",
            "device_bgp_password",
            "use_bgp_device_id",
            "cdn_attr")) {
      out.set(name, f.has(name) ? f.get(name) : null);
    }
    out.put("device_bgp_flowspec", f.path("device_bgp_flowspec").asBoolean(false));
    if (f.has("device_snmp_v3_conf") && f.get("device_snmp_v3_conf").isObject()) {
      ObjectNode conf = f.get("device_snmp_v3_conf").deepCopy();
      for (String secret : List.of("AuthenticationPassphrase", "PrivacyPassphrase")) {
        if (conf.hasNonNull(secret)) {
          conf.put(secret, mask(conf.get(secret).asText()));
        }
      }
      out.set("device_snmp_v3_conf", conf);
    }
    out.put("custom_columns", "");
    out.set("created_date", f.get("created_date"));
    out.set("updated_date", f.get("updated_date"));
    out.putNull("snmp_last_updated");
    return out;
  }

  private ArrayNode embeddedLabels(Device device) {
    ArrayNode out = Json.array();
    for (long labelId : device.labelIds) {
      ObjectNode label = labels.get(labelId);
      ObjectNode embedded = Json.object();
      embedded.put("id", labelId);
      embedded.set("name", label.get("name"));
      embedded.set("color", label.get("color"));
      embedded.set("user_id", label.get("user_id"));
      embedded.set("company_id", label.get("company_id"));
      embedded.set("cdate", label.get("created_date"));
      embedded.set("edate", label.get("updated_date"));
      embedded.putNull("order");
      out.add(embedded);
    }
    return out;
  }

  // ---------------------------------------------------------------- device labels

  /** Device Label List: a bare array. */
  public synchronized FakeResponse listLabels() {
    return FakeResponse.json(200, labelsJson());
  }

  /** Device Label Info: a bare object. */
  public synchronized FakeResponse getLabel(long id) {
    return FakeResponse.json(200, renderLabel(id, existingLabel(id)));
  }

  /** Device Label Create from {@code {"name", "color"}}. */
  public synchronized FakeResponse createLabel(JsonNode body) {
    requireObject(body);
    String name = labelName(body.get("name"));
    String color = labelColor(body.get("color"));
    long id = nextLabelId++;
    ObjectNode stored = Json.object();
    stored.put("name", name);
    stored.put("color", color);
    stored.put("user_id", settings.userId());
    stored.put("company_id", settings.companyId());
    String date = IsoDates.forObject(id, now());
    stored.put("created_date", date);
    stored.put("updated_date", date);
    labels.put(id, stored);
    return FakeResponse.json(200, renderLabel(id, stored));
  }

  /** Device Label Update: the fields sent replace the stored ones. */
  public synchronized FakeResponse updateLabel(long id, JsonNode body) {
    ObjectNode stored = existingLabel(id);
    requireObject(body);
    String name = body.has("name") ? labelName(body.get("name")) : stored.get("name").asText();
    String color = body.has("color") ? labelColor(body.get("color")) : stored.get("color").asText();
    stored.put("name", name);
    stored.put("color", color);
    stored.put("updated_date", IsoDates.forObject(id, now()));
    return FakeResponse.json(200, renderLabel(id, stored));
  }

  /** Device Label Delete: {@code {"success": true}}; the label leaves every device. */
  public synchronized FakeResponse deleteLabel(long id) {
    existingLabel(id);
    labels.remove(id);
    devices.values().forEach(d -> d.labelIds.remove(id));
    return FakeResponse.json(200, Map.of("success", true));
  }

  /** Every label as the list shows it. */
  public synchronized ArrayNode labelsJson() {
    ArrayNode list = Json.array();
    labels.forEach((id, label) -> list.add(renderLabel(id, label)));
    return list;
  }

  private ObjectNode existingLabel(long id) {
    ObjectNode label = labels.get(id);
    if (label == null) {
      throw ApiError.notFound("Device label " + id + " not found");
    }
    return label;
  }

  private ObjectNode renderLabel(long id, ObjectNode stored) {
    ObjectNode out = Json.object();
    out.put("id", id);
    out.setAll(stored.deepCopy());
    ArrayNode carrying = out.putArray("devices");
    devices.forEach(
        (deviceId, device) -> {
          if (!device.trashed && device.labelIds.contains(id)) {
            carrying
                .addObject()
                .put("id", Long.toString(deviceId))
                .put("device_name", device.fields.path("device_name").asText())
                .put("device_subtype", device.fields.path("device_subtype").asText())
                .put("device_type", device.fields.path("device_type").asText("router"));
          }
        });
    out.putNull("order");
    return out;
  }

  private static String labelName(JsonNode node) {
    String name = Json.scalarText(node);
    if (name == null || name.isBlank()) {
      throw ApiError.badRequest("name is required");
    }
    return name;
  }

  private static String labelColor(JsonNode node) {
    String color = Json.scalarText(node);
    if (color == null || !COLOR.matcher(color).matches()) {
      throw ApiError.badRequest("color must be a hex colour such as #5340A5");
    }
    return color;
  }

  // ---------------------------------------------------------------- sites

  /** Site List: {@code {"sites": [...]}}, ids and company ids as numbers. */
  public synchronized FakeResponse listSites() {
    return FakeResponse.json(200, Map.of("sites", sitesJson()));
  }

  /** Site Info: {@code {"site": {...}}}, id and company id as numbers. */
  public synchronized FakeResponse getSite(long id) {
    return FakeResponse.json(200, Map.of("site", existingSite(id).deepCopy()));
  }

  /** Site Create: the answer's company id is a string. */
  public synchronized FakeResponse createSite(JsonNode body) {
    JsonNode sent = wrapped(body, "site");
    String name = Json.scalarText(sent.get("site_name"));
    if (name == null || name.isBlank()) {
      throw ApiError.badRequest("site_name is required");
    }
    long id = nextSiteId++;
    ObjectNode stored = Json.object();
    stored.put("id", id);
    stored.put("site_name", name);
    stored.set("lat", coordinate(sent, "lat", null));
    stored.set("lon", coordinate(sent, "lon", null));
    stored.put("company_id", Long.parseLong(settings.companyId()));
    sites.put(id, stored);
    ObjectNode answer = stored.deepCopy();
    answer.put("company_id", settings.companyId());
    return FakeResponse.json(200, Map.of("site", answer));
  }

  /** Site Update: the answer's id and company id are strings. */
  public synchronized FakeResponse updateSite(long id, JsonNode body) {
    ObjectNode stored = existingSite(id);
    JsonNode sent = wrapped(body, "site");
    if (sent.has("site_name")) {
      String name = Json.scalarText(sent.get("site_name"));
      if (name == null || name.isBlank()) {
        throw ApiError.badRequest("site_name cannot be empty");
      }
      stored.put("site_name", name);
    }
    stored.set("lat", coordinate(sent, "lat", stored.get("lat")));
    stored.set("lon", coordinate(sent, "lon", stored.get("lon")));
    ObjectNode answer = stored.deepCopy();
    answer.put("id", Long.toString(id));
    answer.put("company_id", settings.companyId());
    return FakeResponse.json(200, Map.of("site", answer));
  }

  /** Site Delete: 204; devices at the site are left without one. */
  public synchronized FakeResponse deleteSite(long id) {
    existingSite(id);
    sites.remove(id);
    devices.values().stream()
        .filter(d -> d.fields.path("site_id").asLong(-1) == id)
        .forEach(d -> d.fields.putNull("site_id"));
    return FakeResponse.empty(204);
  }

  /** Every site as the list shows it. */
  public synchronized ArrayNode sitesJson() {
    ArrayNode list = Json.array();
    sites.values().forEach(site -> list.add(site.deepCopy()));
    return list;
  }

  private ObjectNode existingSite(long id) {
    ObjectNode site = sites.get(id);
    if (site == null) {
      throw ApiError.notFound("Site " + id + " not found");
    }
    return site;
  }

  private static JsonNode coordinate(JsonNode sent, String field, JsonNode fallback) {
    JsonNode value = sent.get(field);
    if (value == null) {
      return fallback;
    }
    if (value.isNull()) {
      return value;
    }
    if (!value.isNumber()) {
      throw ApiError.badRequest(field + " must be a number");
    }
    return value;
  }

  // ---------------------------------------------------------------- shared

  private long now() {
    return IsoDates.micros(settings.clock().instant());
  }

  private static long parse(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Secrets come back masked, all but their last three characters, as the live API shows them. */
  private static String mask(String secret) {
    int keep = Math.min(3, secret.length());
    return "*".repeat(secret.length() - keep) + secret.substring(secret.length() - keep);
  }

  private static void requireObject(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("The request body must be a JSON object");
    }
  }

  private static JsonNode wrapped(JsonNode body, String wrapper) {
    requireObject(body);
    JsonNode inner = body.get(wrapper);
    if (inner == null || !inner.isObject()) {
      throw ApiError.badRequest("The request body must be wrapped as {\"" + wrapper + "\": {...}}");
    }
    return inner;
  }
}
