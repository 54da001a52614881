package io.netobs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kentik fake's device interfaces, plans, users and My Kentik Portal tenants, answered with the
 * live API's wrappers and value types. Not part of the public API.
 *
 * <p>Interfaces belong to the device id of their path; any numeric device id is accepted. Reads
 * show {@code id}, {@code device_id}, {@code snmp_speed} and {@code vrf_id} as strings and an unset
 * {@code vrf} as {@code null}; the answers to create and update show {@code snmp_speed} and {@code
 * vrf_id} as numbers and {@code vrf} as {@code {}}, as the live API does. Plans and tenants cannot
 * be created through the API, so they are always there: plans {@link #PLAN_IDS} and tenants {@link
 * #TENANT_IDS}; the users start with the fake's own API user. One lock guards everything.
 */
public final class KentikUsersModel {
  /** The ids of the plans the fake always has. */
  public static final long[] PLAN_IDS = {11466, 11467};

  /** The ids of the tenants the fake always has; the first has one user. */
  public static final long[] TENANT_IDS = {577, 578};

  private static final long FIXED_MICROS = 1_600_000_000_000_000L;

  private final KentikSettings settings;
  private final Map<Long, Map<Long, ObjectNode>> interfaces = new TreeMap<>();
  private final Map<Long, ObjectNode> vrfs = new TreeMap<>();
  private final Map<Long, ObjectNode> users = new TreeMap<>();
  private final Map<Long, ObjectNode> tenants = new TreeMap<>();
  private long nextInterfaceId;
  private long nextVrfId;
  private long nextUserId;

  /** A model holding the plans, tenants and the API user. */
  public KentikUsersModel(KentikSettings settings) {
    this.settings = settings;
    reset();
  }

  /** Forgets every change; plans, tenants and the API user come back. */
  public synchronized void reset() {
    interfaces.clear();
    vrfs.clear();
    users.clear();
    tenants.clear();
    nextInterfaceId = 43000;
    nextVrfId = 3900;
    nextUserId = 150000;
    ObjectNode self = Json.object();
    self.put("id", settings.userNumber());
    self.put("username", settings.email());
    self.put("user_full_name", "API user");
    self.put("user_email", settings.email());
    self.put("role", "Administrator");
    self.put("email_service", true);
    self.put("email_product", true);
    String date = IsoDates.forObject(settings.userNumber(), FIXED_MICROS);
    self.put("last_login", date);
    self.put("created_date", date);
    self.put("updated_date", date);
    users.put(settings.userNumber(), self);
    ObjectNode acme = tenant(TENANT_IDS[0], "Acme retail", "Stores and warehouses");
    ObjectNode user = Json.object();
    user.put("id", 160001L);
    user.put("user_email", "noc@acme.example");
    user.put("user_name", "acme-noc");
    user.put("user_full_name", "Acme NOC");
    user.putNull("last_login");
    acme.withArray("users").add(user);
    tenant(TENANT_IDS[1], "Globex", "No users yet");
  }

  private ObjectNode tenant(long id, String name, String description) {
    ObjectNode tenant = Json.object();
    tenant.put("id", id);
    tenant.put("name", name);
    tenant.put("description", description);
    tenant.putArray("users");
    String date = IsoDates.forObject(id, FIXED_MICROS);
    tenant.put("created_date", date);
    tenant.put("updated_date", date);
    tenants.put(id, tenant);
    return tenant;
  }

  // ---------------------------------------------------------------- interfaces

  /** Interface List: a bare array, in the read form. */
  public synchronized FakeResponse listInterfaces(long deviceId) {
    ArrayNode list = Json.array();
    interfaces.getOrDefault(deviceId, Map.of()).values().forEach(i -> list.add(read(i)));
    return FakeResponse.json(200, list);
  }

  /** Interface Info: {@code {"interface": {...}}} in the read form. */
  public synchronized FakeResponse getInterface(long deviceId, long id) {
    return FakeResponse.json(200, Map.of("interface", read(existingInterface(deviceId, id))));
  }

  /** Interface Create from an unwrapped body; answers unwrapped, in the write form. */
  public synchronized FakeResponse createInterface(long deviceId, JsonNode body) {
    requireObject(body);
    String snmpId = Json.scalarText(body.get("snmp_id"));
    if (snmpId == null || snmpId.isBlank()) {
      throw ApiError.badRequest("snmp_id is required");
    }
    Map<Long, ObjectNode> device = interfaces.computeIfAbsent(deviceId, k -> new TreeMap<>());
    checkSnmpIdFree(device, snmpId, -1);
    long id = nextInterfaceId++;
    ObjectNode stored = Json.object();
    stored.put("id", id);
    stored.put("company_id", settings.companyId());
    stored.put("device_id", deviceId);
    stored.put("snmp_id", snmpId);
    stored.put("snmp_speed", 0L);
    stored.put("interface_description", "");
    stored.putNull("snmp_alias");
    stored.putNull("interface_ip");
    stored.putNull("interface_ip_netmask");
    stored.putNull("vrf_id");
    stored.putArray("secondary_ips");
    stored.put("initial_snmp_id", "");
    stored.putNull("initial_snmp_alias");
    stored.putNull("initial_interface_description");
    stored.putNull("initial_snmp_speed");
    stored.putNull("provider");
    stored.putArray("top_nexthop_asns");
    String date = IsoDates.forObject(id, now());
    stored.put("cdate", date);
    stored.put("edate", date);
    apply(deviceId, stored, body);
    device.put(id, stored);
    return FakeResponse.json(200, written(stored));
  }

  /** Interface Update from an unwrapped body of changed fields; answers in the write form. */
  public synchronized FakeResponse updateInterface(long deviceId, long id, JsonNode body) {
    ObjectNode stored = existingInterface(deviceId, id);
    requireObject(body);
    if (body.has("snmp_id")) {
      String snmpId = Json.scalarText(body.get("snmp_id"));
      if (snmpId == null || snmpId.isBlank()) {
        throw ApiError.badRequest("snmp_id cannot be empty");
      }
      checkSnmpIdFree(interfaces.get(deviceId), snmpId, id);
      stored.put("snmp_id", snmpId);
    }
    apply(deviceId, stored, body);
    stored.put("edate", IsoDates.forObject(id, now()));
    return FakeResponse.json(200, written(stored));
  }

  /** Interface Delete: 200 without a body, as the live API answers. */
  public synchronized FakeResponse deleteInterface(long deviceId, long id) {
    existingInterface(deviceId, id);
    interfaces.get(deviceId).remove(id);
    return FakeResponse.empty(200);
  }

  private void checkSnmpIdFree(Map<Long, ObjectNode> device, String snmpId, long self) {
    for (ObjectNode other : device.values()) {
      if (other.path("id").asLong() != self && other.path("snmp_id").asText().equals(snmpId)) {
        throw ApiError.badRequest("An interface with snmp_id " + snmpId + " already exists");
      }
    }
  }

  /** Applies the fields a create or update may set, checking their types. */
  private void apply(long deviceId, ObjectNode stored, JsonNode body) {
    if (body.has("snmp_speed")) {
      JsonNode speed = body.get("snmp_speed");
      if (!speed.canConvertToLong() && !(speed.isTextual() && speed.asText().matches("\\d+"))) {
        throw ApiError.badRequest("snmp_speed must be a number");
      }
      stored.put("snmp_speed", speed.asLong());
    }
    for (String field :
        new String[] {
          "interface_description", "snmp_alias", "interface_ip", "interface_ip_netmask"
        }) {
      if (body.has(field)) {
        JsonNode value = body.get(field);
        if (!value.isNull() && !value.isTextual()) {
          throw ApiError.badRequest(field + " must be a string");
        }
        stored.set(field, value.deepCopy());
      }
    }
    if (body.has("secondary_ips")) {
      JsonNode ips = body.get("secondary_ips");
      if (!ips.isArray()) {
        throw ApiError.badRequest("secondary_ips must be an array");
      }
      ArrayNode copy = Json.array();
      for (JsonNode ip : ips) {
        if (Json.scalarText(ip.get("address")) == null
            || Json.scalarText(ip.get("netmask")) == null) {
          throw ApiError.badRequest("each of secondary_ips needs address and netmask");
        }
        copy.addObject()
            .put("address", ip.get("address").asText())
            .put("netmask", ip.get("netmask").asText());
      }
      stored.set("secondary_ips", copy);
    }
    JsonNode vrf = body.get("vrf");
    if (vrf != null && vrf.isObject() && vrf.size() > 0) {
      String name = Json.scalarText(vrf.get("name"));
      if (name == null || name.isBlank()) {
        throw ApiError.badRequest("vrf.name is required");
      }
      long vrfId = nextVrfId++;
      ObjectNode created = Json.object();
      created.put("id", vrfId);
      created.put("company_id", settings.companyId());
      created.put("device_id", deviceId);
      created.put("name", name);
      created.put("description", vrf.path("description").asText(""));
      created.put("route_target", vrf.path("route_target").asText(""));
      created.put("route_distinguisher", vrf.path("route_distinguisher").asText(""));
      vrfs.put(vrfId, created);
      stored.put("vrf_id", vrfId);
    } else if (body.has("vrf_id")) {
      JsonNode vrfId = body.get("vrf_id");
      if (vrfId.isNull()) {
        stored.putNull("vrf_id");
      } else {
        ObjectNode known = vrfs.get(vrfId.asLong(-1));
        if (known == null || known.path("device_id").asLong() != deviceId) {
          throw ApiError.badRequest("vrf_id " + vrfId.asText() + " is not a VRF of this device");
        }
        stored.put("vrf_id", vrfId.asLong());
      }
    }
  }

  /** The read form: ids, speed and VRF id as strings, the VRF itself or null. */
  private ObjectNode read(ObjectNode stored) {
    ObjectNode node = stored.deepCopy();
    node.put("id", stored.path("id").asText());
    node.put("device_id", stored.path("device_id").asText());
    node.put("snmp_speed", stored.path("snmp_speed").asText());
    JsonNode vrfId = stored.get("vrf_id");
    if (vrfId == null || vrfId.isNull()) {
      node.putNull("vrf_id");
      node.putNull("vrf");
    } else {
      node.put("vrf_id", vrfId.asText());
      ObjectNode vrf = vrfs.get(vrfId.asLong()).deepCopy();
      vrf.put("device_id", vrf.path("device_id").asText());
      node.set("vrf", vrf);
    }
    return node;
  }

  /** The form of create and update answers: speed and VRF id as numbers, {@code "vrf": {}}. */
  private static ObjectNode written(ObjectNode stored) {
    ObjectNode node = stored.deepCopy();
    node.put("id", stored.path("id").asText());
    node.put("device_id", stored.path("device_id").asText());
    node.putObject("vrf");
    return node;
  }

  private ObjectNode existingInterface(long deviceId, long id) {
    ObjectNode stored = interfaces.getOrDefault(deviceId, Map.of()).get(id);
    if (stored == null) {
      throw ApiError.notFound("Interface " + id + " of device " + deviceId + " not found");
    }
    return stored;
  }

  // ---------------------------------------------------------------- plans

  /** Plan List: {@code {"plans": [...]}}; device ids are strings, the second plan has no edate. */
  public synchronized FakeResponse listPlans() {
    ArrayNode plans = Json.array();
    plans.add(
        plan(PLAN_IDS[0], "Core routers", 10, 20000, true, 30, 30, FlowQueries.DEVICES, true));
    plans.add(plan(PLAN_IDS[1], "Hosts", 5, 1000, false, 7, 1, java.util.List.of(), false));
    return FakeResponse.json(200, Map.of("plans", plans));
  }

  private ObjectNode plan(
      long id,
      String name,
      int maxDevices,
      int maxFps,
      boolean bgp,
      int fastRetention,
      int fullRetention,
      java.util.List<String> deviceNames,
      boolean edate) {
    ObjectNode plan = Json.object();
    plan.put("id", id);
    // Plans carry the company id as a number, unlike most objects.
    String company = settings.companyId();
    if (company.matches("\\d{1,18}")) {
      plan.put("company_id", Long.parseLong(company));
    } else {
      plan.put("company_id", company);
    }
    plan.put("name", name);
    plan.put("description", name + " plan");
    plan.put("active", true);
    plan.put("max_devices", maxDevices);
    plan.put("max_fps", maxFps);
    plan.put("bgp_enabled", bgp);
    plan.put("fast_retention", fastRetention);
    plan.put("full_retention", fullRetention);
    plan.put("cdate", IsoDates.forObject(id, FIXED_MICROS));
    if (edate) {
      plan.put("edate", IsoDates.forObject(id, FIXED_MICROS));
    }
    plan.put("max_bigdata_fps", maxFps * 10);
    plan.putArray("deviceTypes")
        .addObject()
        .put("device_type", bgp ? "router" : "host-nprobe-dns-www");
    ArrayNode devices = plan.putArray("devices");
    for (int i = 0; i < deviceNames.size(); i++) {
      devices
          .addObject()
          .put("id", Long.toString(1001 + i))
          .put("device_name", deviceNames.get(i))
          .put("device_type", "router");
    }
    return plan;
  }

  // ---------------------------------------------------------------- users

  /** User List: {@code {"users": [...]}}. */
  public synchronized FakeResponse listUsers() {
    ArrayNode list = Json.array();
    users.values().forEach(u -> list.add(renderUser(u)));
    return FakeResponse.json(200, Map.of("users", list));
  }

  /** User Info: {@code {"user": {...}}}. */
  public synchronized FakeResponse getUser(long id) {
    return FakeResponse.json(200, Map.of("user", renderUser(existingUser(id))));
  }

  /** User Create from {@code {"user": {...}}}; user_email is required and unique. */
  public synchronized FakeResponse createUser(JsonNode body) {
    JsonNode user = wrapped(body, "user");
    String email = Json.scalarText(user.get("user_email"));
    if (email == null || email.isBlank()) {
      throw ApiError.badRequest("user_email is required");
    }
    checkEmailFree(email, -1);
    long id = nextUserId++;
    ObjectNode stored = Json.object();
    stored.put("id", id);
    stored.put("username", email);
    stored.put("user_full_name", "");
    stored.put("user_email", email);
    stored.put("role", "Member");
    stored.put("email_service", false);
    stored.put("email_product", false);
    stored.putNull("last_login");
    String date = IsoDates.forObject(id, now());
    stored.put("created_date", date);
    stored.put("updated_date", date);
    applyUser(stored, user);
    users.put(id, stored);
    return FakeResponse.json(200, Map.of("user", renderUser(stored)));
  }

  /** User Update from {@code {"user": {changed fields}}}. */
  public synchronized FakeResponse updateUser(long id, JsonNode body) {
    ObjectNode stored = existingUser(id);
    JsonNode user = wrapped(body, "user");
    if (user.has("user_email")) {
      String email = Json.scalarText(user.get("user_email"));
      if (email == null || email.isBlank()) {
        throw ApiError.badRequest("user_email cannot be empty");
      }
      checkEmailFree(email, id);
      stored.put("user_email", email);
    }
    applyUser(stored, user);
    stored.put("updated_date", IsoDates.forObject(id, now()));
    return FakeResponse.json(200, Map.of("user", renderUser(stored)));
  }

  /** User Delete: 204. */
  public synchronized FakeResponse deleteUser(long id) {
    existingUser(id);
    users.remove(id);
    return FakeResponse.empty(204);
  }

  private void checkEmailFree(String email, long self) {
    for (ObjectNode other : users.values()) {
      if (other.path("id").asLong() != self && other.path("user_email").asText().equals(email)) {
        throw ApiError.badRequest("A user with e-mail " + email + " already exists");
      }
    }
  }

  private static void applyUser(ObjectNode stored, JsonNode user) {
    if (user.hasNonNull("user_name")) {
      stored.put("username", user.get("user_name").asText());
    }
    for (String field : new String[] {"user_full_name", "role"}) {
      if (user.hasNonNull(field)) {
        stored.put(field, user.get(field).asText());
      }
    }
    for (String field : new String[] {"email_service", "email_product"}) {
      if (user.has(field)) {
        if (!user.get(field).isBoolean()) {
          throw ApiError.badRequest(field + " must be true or false");
        }
        stored.put(field, user.get(field).asBoolean());
      }
    }
  }

  private ObjectNode renderUser(ObjectNode stored) {
    ObjectNode node = stored.deepCopy();
    node.put("id", stored.path("id").asText());
    node.put("company_id", settings.companyId());
    node.putObject("filters");
    node.putArray("saved_filters");
    return node;
  }

  private ObjectNode existingUser(long id) {
    ObjectNode user = users.get(id);
    if (user == null) {
      throw ApiError.notFound("User " + id + " not found");
    }
    return user;
  }

  // ---------------------------------------------------------------- tenants

  /** Tenant List: a bare array. */
  public synchronized FakeResponse listTenants() {
    ArrayNode list = Json.array();
    tenants.values().forEach(t -> list.add(renderTenant(t)));
    return FakeResponse.json(200, list);
  }

  /** Tenant Info: the bare tenant. */
  public synchronized FakeResponse getTenant(long id) {
    return FakeResponse.json(200, renderTenant(existingTenant(id)));
  }

  /** Tenant user create from {@code {"user": {"user_email": ...}}}; answers the bare user. */
  public synchronized FakeResponse addTenantUser(long tenantId, JsonNode body) {
    ObjectNode tenant = existingTenant(tenantId);
    JsonNode user = wrapped(body, "user");
    String email = Json.scalarText(user.get("user_email"));
    if (email == null || email.isBlank()) {
      throw ApiError.badRequest("user_email is required");
    }
    for (JsonNode other : tenant.withArray("users")) {
      if (other.path("user_email").asText().equals(email)) {
        throw ApiError.badRequest("User " + email + " already belongs to this tenant");
      }
    }
    ObjectNode added = Json.object();
    added.put("id", nextUserId++);
    added.put("user_email", email);
    added.putNull("last_login");
    tenant.withArray("users").add(added);
    return FakeResponse.json(200, renderTenantUser(tenantId, added));
  }

  /** Tenant user delete: 204. */
  public synchronized FakeResponse removeTenantUser(long tenantId, long userId) {
    ArrayNode tenantUsers = existingTenant(tenantId).withArray("users");
    for (int i = 0; i < tenantUsers.size(); i++) {
      if (tenantUsers.get(i).path("id").asLong() == userId) {
        tenantUsers.remove(i);
        return FakeResponse.empty(204);
      }
    }
    throw ApiError.notFound("User " + userId + " of tenant " + tenantId + " not found");
  }

  private ObjectNode renderTenant(ObjectNode stored) {
    ObjectNode node = stored.deepCopy();
    ArrayNode rendered = node.putArray("users");
    long tenantId = stored.path("id").asLong();
    stored.withArray("users").forEach(u -> rendered.add(renderTenantUser(tenantId, u)));
    return node;
  }

  /** Tenant users carry every id as a string. */
  private ObjectNode renderTenantUser(long tenantId, JsonNode stored) {
    ObjectNode node = Json.object();
    node.put("id", stored.path("id").asText());
    node.put("company_id", settings.companyId());
    node.put("user_email", stored.path("user_email").asText());
    node.put("tenant_id", Long.toString(tenantId));
    node.set("last_login", stored.path("last_login").deepCopy());
    if (stored.has("user_name")) {
      node.put("user_name", stored.get("user_name").asText());
    }
    if (stored.has("user_full_name")) {
      node.put("user_full_name", stored.get("user_full_name").asText());
    }
    return node;
  }

  private ObjectNode existingTenant(long id) {
    ObjectNode tenant = tenants.get(id);
    if (tenant == null) {
      throw ApiError.notFound("Tenant " + id + " not found");
    }
    return tenant;
  }

  // ---------------------------------------------------------------- shared

  /** Every user as the list shows it, for tests. */
  public synchronized ArrayNode usersJson() {
    ArrayNode list = Json.array();
    users.values().forEach(u -> list.add(renderUser(u)));
    return list;
  }

  /** Every interface of a device in the read form, for tests. */
  public synchronized ArrayNode interfacesJson(long deviceId) {
    ArrayNode list = Json.array();
    interfaces.getOrDefault(deviceId, Map.of()).values().forEach(i -> list.add(read(i)));
    return list;
  }

  private long now() {
    return IsoDates.micros(settings.clock().instant());
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

  @Override
  public synchronized String toString() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("users", users.size());
    counts.put("tenants", tenants.size());
    counts.put("devicesWithInterfaces", interfaces.size());
    return "KentikUsersModel" + counts;
  }
}
