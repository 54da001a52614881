package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /alerts/{id}}: only the fields set are sent; cleared fields go as null.
 */
public final class AlertUpdate extends UpdateRequest<AlertUpdate> {
  /** An update that sets nothing yet. */
  public AlertUpdate() {}

  /** The alert's unique name (not blank). */
  public AlertUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public AlertUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created the alert. */
  public AlertUpdate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** Whether the alert is disabled. */
  public AlertUpdate disabled(boolean disabled) {
    return set("disabled", disabled);
  }

  /** The severity. */
  public AlertUpdate severity(AlertSeverity severity) {
    return set("severity", Validate.notNull(severity, "severity"));
  }

  /** The severity. Must be 0 (Emergency) to 7 (Debug). */
  public AlertUpdate severity(int severity) {
    return set("severity", AlertSeverity.of(Validate.range(severity, 0, 7, "severity")));
  }

  /** The alert type (only {@code threshold} can be created through the API). */
  public AlertUpdate type(AlertType type) {
    return set("type", Validate.notNull(type, "type"));
  }

  /** The alert type (only {@code threshold} can be created through the API). Values this release does not know are sent as given. */
  public AlertUpdate type(String type) {
    return set("type", AlertType.of(Validate.notBlank(type, "type")));
  }

  /** Whether the alert applies to every data source. */
  public AlertUpdate applyAll(boolean applyAll) {
    return set("apply_all", applyAll);
  }

  /** The statistic, e.g. {@code extrahop.device.http_server}. */
  public AlertUpdate statName(String statName) {
    return set("stat_name", Validate.notBlank(statName, "stat_name"));
  }

  /** The monitored metric, e.g. {@code rsp_error}. */
  public AlertUpdate fieldName(String fieldName) {
    return set("field_name", Validate.notBlank(fieldName, "field_name"));
  }

  /** The second metric of a ratio. */
  public AlertUpdate fieldName2(String fieldName2) {
    return set("field_name2", Validate.notBlank(fieldName2, "field_name2"));
  }

  /** The ratio operator ({@code /}). */
  public AlertUpdate fieldOp(String fieldOp) {
    return set("field_op", Validate.notBlank(fieldOp, "field_op"));
  }

  /** How the metric is compared with the operand. */
  public AlertUpdate operator(AlertOperator operator) {
    return set("operator", Validate.notNull(operator, "operator"));
  }

  /** How the metric is compared with the operand. Values this release does not know are sent as given. */
  public AlertUpdate operator(String operator) {
    return set("operator", AlertOperator.of(Validate.notBlank(operator, "operator")));
  }

  /** The evaluation unit: {@code none}, {@code period}, {@code 1 sec}, {@code 1 min} or {@code 1 hr}. */
  public AlertUpdate units(String units) {
    return set("units", Validate.notBlank(units, "units"));
  }

  /** The alert interval in seconds: 30, 60, 120, 300, 600, 900, 1200 or 1800. */
  public AlertUpdate intervalLength(int intervalLength) {
    return set("interval_length", Validate.oneOf(intervalLength, java.util.Set.of(30, 60, 120, 300, 600, 900, 1200, 1800), "interval_length"));
  }

  /** The interval between notifications in seconds: 300, 600, 900, 1800, 3600, 7200 or 14400. */
  public AlertUpdate refireInterval(int refireInterval) {
    return set("refire_interval", Validate.oneOf(refireInterval, java.util.Set.of(300, 600, 900, 1800, 3600, 7200, 14400), "refire_interval"));
  }

  /** Whether an SNMP trap is sent. */
  public AlertUpdate notifySnmp(boolean notifySnmp) {
    return set("notify_snmp", notifySnmp);
  }

  /** The source type of a detection alert ({@code application} or {@code device}). */
  public AlertUpdate objectType(String objectType) {
    return set("object_type", Validate.notBlank(objectType, "object_type"));
  }

  /** The protocols of a detection alert. */
  public AlertUpdate protocols(java.util.List<String> protocols) {
    return set("protocols", Validate.strings(protocols, "protocols"));
  }

  /** The protocols of a detection alert. */
  public AlertUpdate protocols(String... protocols) {
    return set("protocols", Validate.strings(java.util.Arrays.asList(Validate.notNull(protocols, "protocols")), "protocols"));
  }

  /** The detection categories of a detection alert. */
  public AlertUpdate categories(java.util.List<String> categories) {
    return set("categories", Validate.strings(categories, "categories"));
  }

  /** The detection categories of a detection alert. */
  public AlertUpdate categories(String... categories) {
    return set("categories", Validate.strings(java.util.Arrays.asList(Validate.notNull(categories, "categories")), "categories"));
  }

  /** Email addresses to notify besides the assigned email groups. */
  public AlertUpdate cc(java.util.List<String> cc) {
    return set("cc", Validate.emails(cc, "cc"));
  }

  /** Email addresses to notify besides the assigned email groups. */
  public AlertUpdate cc(String... cc) {
    return set("cc", Validate.emails(java.util.Arrays.asList(Validate.notNull(cc, "cc")), "cc"));
  }

  /** The first alert parameter (a key pattern or data point), as a JSON object. */
  public AlertUpdate param(java.util.Map<String, ?> param) {
    return set("param", Validate.map(param, "param"));
  }

  /** The second alert parameter, as a JSON object. */
  public AlertUpdate param2(java.util.Map<String, ?> param2) {
    return set("param2", Validate.map(param2, "param2"));
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public AlertUpdate clearDescription() {
    return set("description", null);
  }

  /** Clears {@code field_name2}: sends it as an explicit null. */
  public AlertUpdate clearFieldName2() {
    return set("field_name2", null);
  }

  /** Clears {@code field_op}: sends it as an explicit null. */
  public AlertUpdate clearFieldOp() {
    return set("field_op", null);
  }

  /** Clears {@code cc}: sends it as an explicit null. */
  public AlertUpdate clearCc() {
    return set("cc", null);
  }

  /** Clears {@code param2}: sends it as an explicit null. */
  public AlertUpdate clearParam2() {
    return set("param2", null);
  }

  /** Clears {@code author}: sends it as an explicit null. */
  public AlertUpdate clearAuthor() {
    return set("author", null);
  }

  /** The value compared with, sent as a string as the API expects (not blank). */
  public AlertUpdate operand(String operand) {
    return set("operand", Validate.notBlank(operand, "operand"));
  }

  /** The value compared with, a number, sent as a string as the API expects. */
  public AlertUpdate operand(Number operand) {
    return set("operand", String.valueOf(Validate.notNull(operand, "operand")));
  }
}
