package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /alerts}. Setters check the guide's rules at once: severity 0 to 7, the allowed
 * interval lengths, a name that is not blank.
 */
public final class AlertCreate extends CreateRequest<AlertCreate> {
  private AlertCreate() {}

  /**
   * A threshold alert named {@code name}, not applied to every source ({@code apply_all} false): assign it
   * with {@code client.alerts().devices(id)} and friends, or call {@code applyAll(true)}.
   */
  public static AlertCreate threshold(String name) {
    return new AlertCreate().name(name).type(AlertType.THRESHOLD).applyAll(false);
  }

  /** An alert of any type (the API accepts only {@code threshold} today). */
  public static AlertCreate of(String name, AlertType type, boolean applyAll) {
    return new AlertCreate().name(name).type(type).applyAll(applyAll);
  }

  /** The alert's unique name (not blank). */
  public AlertCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public AlertCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created the alert. */
  public AlertCreate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** Whether the alert is disabled. */
  public AlertCreate disabled(boolean disabled) {
    return set("disabled", disabled);
  }

  /** The severity. */
  public AlertCreate severity(AlertSeverity severity) {
    return set("severity", Validate.notNull(severity, "severity"));
  }

  /** The severity. Must be 0 (Emergency) to 7 (Debug). */
  public AlertCreate severity(int severity) {
    return set("severity", AlertSeverity.of(Validate.range(severity, 0, 7, "severity")));
  }

  /** The alert type (only {@code threshold} can be created through the API). */
  public AlertCreate type(AlertType type) {
    return set("type", Validate.notNull(type, "type"));
  }

  /** The alert type (only {@code threshold} can be created through the API). Values this release does not know are sent as given. */
  public AlertCreate type(String type) {
    return set("type", AlertType.of(Validate.notBlank(type, "type")));
  }

  /** Whether the alert applies to every data source. */
  public AlertCreate applyAll(boolean applyAll) {
    return set("apply_all", applyAll);
  }

  /** The statistic, e.g. {@code extrahop.device.http_server}. */
  public AlertCreate statName(String statName) {
    return set("stat_name", Validate.notBlank(statName, "stat_name"));
  }

  /** The monitored metric, e.g. {@code rsp_error}. */
  public AlertCreate fieldName(String fieldName) {
    return set("field_name", Validate.notBlank(fieldName, "field_name"));
  }

  /** The second metric of a ratio. */
  public AlertCreate fieldName2(String fieldName2) {
    return set("field_name2", Validate.notBlank(fieldName2, "field_name2"));
  }

  /** The ratio operator ({@code /}). */
  public AlertCreate fieldOp(String fieldOp) {
    return set("field_op", Validate.notBlank(fieldOp, "field_op"));
  }

  /** How the metric is compared with the operand. */
  public AlertCreate operator(AlertOperator operator) {
    return set("operator", Validate.notNull(operator, "operator"));
  }

  /** How the metric is compared with the operand. Values this release does not know are sent as given. */
  public AlertCreate operator(String operator) {
    return set("operator", AlertOperator.of(Validate.notBlank(operator, "operator")));
  }

  /** The evaluation unit: {@code none}, {@code period}, {@code 1 sec}, {@code 1 min} or {@code 1 hr}. */
  public AlertCreate units(String units) {
    return set("units", Validate.notBlank(units, "units"));
  }

  /** The alert interval in seconds: 30, 60, 120, 300, 600, 900, 1200 or 1800. */
  public AlertCreate intervalLength(int intervalLength) {
    return set("interval_length", Validate.oneOf(intervalLength, java.util.Set.of(30, 60, 120, 300, 600, 900, 1200, 1800), "interval_length"));
  }

  /** The interval between notifications in seconds: 300, 600, 900, 1800, 3600, 7200 or 14400. */
  public AlertCreate refireInterval(int refireInterval) {
    return set("refire_interval", Validate.oneOf(refireInterval, java.util.Set.of(300, 600, 900, 1800, 3600, 7200, 14400), "refire_interval"));
  }

  /** Whether an SNMP trap is sent. */
  public AlertCreate notifySnmp(boolean notifySnmp) {
    return set("notify_snmp", notifySnmp);
  }

  /** The source type of a detection alert ({@code application} or {@code device}). */
  public AlertCreate objectType(String objectType) {
    return set("object_type", Validate.notBlank(objectType, "object_type"));
  }

  /** The protocols of a detection alert. */
  public AlertCreate protocols(java.util.List<String> protocols) {
    return set("protocols", Validate.strings(protocols, "protocols"));
  }

  /** The protocols of a detection alert. */
  public AlertCreate protocols(String... protocols) {
    return set("protocols", Validate.strings(java.util.Arrays.asList(Validate.notNull(protocols, "protocols")), "protocols"));
  }

  /** The detection categories of a detection alert. */
  public AlertCreate categories(java.util.List<String> categories) {
    return set("categories", Validate.strings(categories, "categories"));
  }

  /** The detection categories of a detection alert. */
  public AlertCreate categories(String... categories) {
    return set("categories", Validate.strings(java.util.Arrays.asList(Validate.notNull(categories, "categories")), "categories"));
  }

  /** Email addresses to notify besides the assigned email groups. */
  public AlertCreate cc(java.util.List<String> cc) {
    return set("cc", Validate.emails(cc, "cc"));
  }

  /** Email addresses to notify besides the assigned email groups. */
  public AlertCreate cc(String... cc) {
    return set("cc", Validate.emails(java.util.Arrays.asList(Validate.notNull(cc, "cc")), "cc"));
  }

  /** The first alert parameter (a key pattern or data point), as a JSON object. */
  public AlertCreate param(java.util.Map<String, ?> param) {
    return set("param", Validate.map(param, "param"));
  }

  /** The second alert parameter, as a JSON object. */
  public AlertCreate param2(java.util.Map<String, ?> param2) {
    return set("param2", Validate.map(param2, "param2"));
  }

  /** The value compared with, sent as a string as the API expects (not blank). */
  public AlertCreate operand(String operand) {
    return set("operand", Validate.notBlank(operand, "operand"));
  }

  /** The value compared with, a number, sent as a string as the API expects. */
  public AlertCreate operand(Number operand) {
    return set("operand", String.valueOf(Validate.notNull(operand, "operand")));
  }

  /** Also checks that a threshold alert names its statistic, metric, operator and operand. */
  @Override
  public void validate() {
    super.validate();
    if (AlertType.THRESHOLD.equals(toMap().get("type"))) {
      for (String field : List.of("stat_name", "field_name", "operator", "operand")) {
        require(field);
      }
    }
  }

  @Override
  List<String> requiredFields() {
    return List.of("name", "type", "apply_all");
  }
}
