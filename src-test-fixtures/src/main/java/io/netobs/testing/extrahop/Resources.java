package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one table of stored resources: key, required fields, defaults and rules. The required fields
 * are the ones without which the live API cannot make sense of a create (a tag without a name, an
 * email group without a {@code group_name}). Users read them in {@link
 * io.netobs.testing.ExtraHopApi}'s documentation, which lists this table: change both together.
 */
final class Resources {
  static final Set<String> ALERT_TYPES = Set.of("threshold", "detection", "trend");
  static final Set<String> THRESHOLD_OPERATORS = Set.of("==", ">", "<", ">=", "<=");

  static final Map<String, ResourceSpec> ALL =
      table(
          spec("activitygroups"),
          spec("activitymaps")
              .required("name", "walks")
              .defaults(
                  """
          {"description": "", "mode": "2dforce", "owner": "admin", "rights": ["edit", "delete", "share"],
           "short_code": null, "show_alert_status": false, "weighting": "bytes"}"""),
          spec("alerts")
              .required("name", "type")
              .rules(Resources::checkAlert)
              .defaults(
                  """
          {"author": "admin", "description": "", "severity": 5, "disabled": false, "apply_all": false,
           "stat_name": null, "field_name": null, "field_name2": null, "field_op": null, "operator": null,
           "operand": null, "units": "none", "interval_length": 30, "refire_interval": 300, "cc": [],
           "notify_snmp": false, "object_type": null, "protocols": [], "param": null, "param2": null}"""),
          spec("apikeys")
              .required("password")
              .writeOnly("password")
              .defaults(
                  """
          {"username": "setup", "description": "Initial API key of the setup user", "key": "****************"}"""),
          spec("appliances")
              .required("host")
              .writeOnly("password")
              .createdTime("add_time")
              .defaults(
                  """
          {"connection_type": "direct", "platform": "discover", "firmware_version": "9.6.0.1234",
           "license_status": "nominal", "status_message": "Connected", "nickname": "", "data_access": true,
           "managed_by_local": false, "manages_local": true}"""),
          spec("applications")
              .rules(Resources::checkApplication)
              .defaults(
                  """
          {"description": "", "discovery_id": null, "is_builtin": false, "node_id": null}"""),
          spec("auditlog"),
          spec("bundles")
              .createdTime("created_time")
              .defaults(
                  """
          {"name": "bundle", "description": "", "built_in": false}"""),
          spec("customdevices")
              .required("name")
              .defaults(
                  """
          {"author": "admin", "description": "", "disabled": false, "extrahop_id": null}"""),
          spec("customdevices/criteria")
              .required("ipaddr")
              .defaults(
                  """
          {"src_port_min": null, "src_port_max": null, "dst_port_min": null, "dst_port_max": null,
           "vlan_min": null, "vlan_max": null}"""),
          spec("customizations")
              .createdTime("create_time")
              .defaults(
                  """
          {"name": "backup", "auto": false, "recovered": false}"""),
          spec("dashboards").alternateKey("short_code"),
          spec("detections"),
          spec(Detections.FORMATS)
              .key("type", false)
              .required("type", "display_name")
              .defaults(
                  """
          {"author": "", "categories": [], "mitre_categories": [], "is_built_in": false}"""),
          spec("devices"),
          spec("networkusers").key("username", false),
          spec("devicegroups")
              .required("name")
              .defaults(
                  """
          {"description": null, "dynamic": false, "field": null, "value": null, "filter": null,
           "include_custom_devices": true, "built_in": false}"""),
          spec("emailgroups")
              .required("group_name")
              .defaults(
                  """
          {"email_addresses": [], "system_notifications": false}"""),
          spec("exclusionintervals")
              .required("name")
              .defaults(
                  """
          {"description": "", "author": "admin", "interval_type": "once", "start": null, "end": null}"""),
          spec("flexgrids"),
          spec("geomaps")
              .required("name")
              .defaults(
                  """
          {"author": "admin", "description": "", "owner": "admin"}"""),
          spec("networks"),
          spec("networklocality")
              .required("network")
              .defaults(
                  """
          {"name": null, "description": "", "external": false}"""),
          spec("nodes"),
          spec("packetcaptures"),
          spec("pages")
              .required("name")
              .defaults(
                  """
          {"author": "admin", "description": "", "comment": ""}"""),
          spec("reports")
              .required("name")
              .defaults(
                  """
          {"description": "", "enabled": true, "owner": "admin", "dashboard_id": null, "subject": "",
           "schedule": {"frequency": "weekly", "day_of_week": 1, "hour": 7, "timezone": "UTC"}}"""),
          spec("ssldecryptkeys")
              .required("name", "pem")
              .writeOnly("passphrase")
              .defaults(
                  """
          {"description": "", "enabled": true}"""),
          spec("ssldecryptkeys/protocols").required("protocol", "port"),
          spec("supportpacks").key("filename", false),
          spec("tags").required("name"),
          spec("triggers")
              .required("name")
              .defaults(
                  """
          {"author": "admin", "description": "", "disabled": false, "debug": false, "event": null,
           "events": [], "hints": {}, "script": "", "apply_all": false}"""),
          spec("users")
              .key("username", false)
              .required("username", "name")
              .writeOnly("password")
              .createdTime("date_joined")
              .defaults(
                  """
          {"enabled": true, "type": "local", "granted_roles": {"write": "full", "metrics": "full"},
           "effective_roles": {"write": "full", "metrics": "full"}, "last_login_time": null}"""),
          spec("usergroups").key("id", false),
          spec("vlans"),
          spec(Detections.RULES)
              .createdTime("create_time")
              .defaults(
                  """
          {"description": "", "detection_types": [], "enabled": true, "properties": [],
           "author": "setup", "expiration": null}"""),
          spec("investigations")
              .required("name")
              .rules(Detections::checkInvestigation)
              .createdTime("creation_time")
              .createdTime("update_time")
              .defaults(
                  """
          {"status": "open", "assessment": null, "assignee": null, "notes": null, "event_ids": [],
           "is_user_created": true}"""),
          spec("sensortags")
              .required("name")
              .defaults(
                  """
          {"sensors": []}"""),
          spec("jobs").key("id", false),
          spec("identityproviders")
              .required("name", "enabled", "auto_provision_users")
              .defaults(
                  """
          {"type": "saml", "entity_id": null, "sso_url": null, "signing_certificate": null}"""),
          spec("odstargets/http")
              .key("name", false)
              .required("name", "host", "port", "protocol", "pipeline", "authentication")
              .writeOnly("authentication")
              .rules(target -> AccountsAndFeeds.checkTarget("http", target))
              .defaults(
                  """
          {"additional_header": null, "skip_cert_verification": false}"""),
          spec("odstargets/kafka")
              .key("name", false)
              .required("name", "brokers", "protocol")
              .writeOnly("authentication", "tls_client_key")
              .rules(target -> AccountsAndFeeds.checkTarget("kafka", target))
              .defaults(
                  """
          {"compression": "none", "partition_strategy": "round_robin", "skip_cert_verification": false}"""),
          spec("odstargets/mongodb")
              .key("name", false)
              .required("name", "host", "port")
              .writeOnly("authentication")
              .rules(target -> AccountsAndFeeds.checkTarget("mongodb", target))
              .defaults(
                  """
          {"encrypt": false, "skip_cert_verification": false}"""),
          spec("odstargets/raw")
              .key("name", false)
              .required("name", "host", "port", "protocol")
              .rules(target -> AccountsAndFeeds.checkTarget("raw", target))
              .defaults(
                  """
          {"compression": false}"""),
          spec("odstargets/syslog")
              .key("name", false)
              .required("name", "host", "port", "protocol")
              .writeOnly("tls_client_key")
              .rules(target -> AccountsAndFeeds.checkTarget("syslog", target))
              .defaults(
                  """
          {"localtime": false, "tcp_length_prefix_framing": false, "skip_cert_verification": false}"""),
          spec("threatcollections").required("name"));

  private Resources() {}

  static ResourceSpec get(String name) {
    ResourceSpec spec = ALL.get(name);
    if (spec == null) {
      throw new IllegalStateException("no resource spec for " + name);
    }
    return spec;
  }

  /**
   * Current firmware names a new application by {@code display_name} (with {@code discovery_id}),
   * older firmware by {@code name}: one of them is required.
   */
  private static void checkApplication(ObjectNode application) {
    boolean named = false;
    for (String field : List.of("display_name", "name")) {
      JsonNode value = application.path(field);
      named |= value.isTextual() && !value.asText().isBlank();
    }
    if (!named) {
      throw ApiError.badRequest("An application requires display_name (or name)");
    }
  }

  private static void checkAlert(ObjectNode alert) {
    JsonNode severity = alert.path("severity");
    if (!severity.isNull()
        && !severity.isMissingNode()
        && (!severity.isIntegralNumber() || severity.longValue() < 0 || severity.longValue() > 7)) {
      throw ApiError.badRequest("Alert severity must be an integer from 0 to 7, was " + severity);
    }
    String type = alert.path("type").asText();
    if (!ALERT_TYPES.contains(type)) {
      throw ApiError.badRequest(
          "Alert type must be one of " + ALERT_TYPES + ", was '" + type + "'");
    }
    if (type.equals("threshold")) {
      for (String field : List.of("stat_name", "field_name", "operator", "operand")) {
        if (alert.path(field).isNull() || alert.path(field).isMissingNode()) {
          throw ApiError.badRequest("A threshold alert requires " + field);
        }
      }
      String operator = alert.path("operator").asText();
      if (!THRESHOLD_OPERATORS.contains(operator)) {
        throw ApiError.badRequest(
            "Alert operator must be one of " + THRESHOLD_OPERATORS + ", was '" + operator + "'");
      }
    }
    JsonNode operand = alert.path("operand");
    if (operand.isNumber() || operand.isBoolean()) {
      alert.set("operand", TextNode.valueOf(operand.asText()));
    }
  }

  private static Map<String, ResourceSpec> table(SpecBuilder... builders) {
    Map<String, ResourceSpec> table = new LinkedHashMap<>();
    for (SpecBuilder builder : builders) {
      ResourceSpec spec = builder.build();
      table.put(spec.name(), spec);
    }
    return Map.copyOf(table);
  }

  private static SpecBuilder spec(String name) {
    return new SpecBuilder(name);
  }

  private static final class SpecBuilder {
    private final String name;
    private String keyField = "id";
    private boolean numericKey = true;
    private String alternateKeyField;
    private List<String> required = List.of();
    private List<String> writeOnly = List.of();
    private final List<String> createdTimeFields = new ArrayList<>();
    private ObjectNode defaults = Json.object();
    private Consumer<ObjectNode> rules = object -> {};

    SpecBuilder(String name) {
      this.name = name;
    }

    SpecBuilder key(String field, boolean numeric) {
      keyField = field;
      numericKey = numeric;
      return this;
    }

    SpecBuilder alternateKey(String field) {
      alternateKeyField = field;
      return this;
    }

    SpecBuilder required(String... fields) {
      required = Arrays.asList(fields);
      return this;
    }

    SpecBuilder writeOnly(String... fields) {
      writeOnly = Arrays.asList(fields);
      return this;
    }

    SpecBuilder createdTime(String field) {
      createdTimeFields.add(field);
      return this;
    }

    SpecBuilder defaults(String json) {
      defaults = (ObjectNode) Json.parse(json);
      return this;
    }

    SpecBuilder rules(Consumer<ObjectNode> check) {
      rules = check;
      return this;
    }

    ResourceSpec build() {
      return new ResourceSpec(
          name,
          keyField,
          numericKey,
          alternateKeyField,
          List.copyOf(required),
          List.copyOf(writeOnly),
          defaults,
          List.copyOf(createdTimeFields),
          rules);
    }
  }
}
