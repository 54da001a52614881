package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.AlertOperator;
import io.netobs.extrahop.model.AlertSeverity;
import io.netobs.extrahop.model.AlertType;
import io.netobs.http.RequestBody;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The setters shared by {@link AlertCreate} and {@link AlertUpdate}: each field's setter and its
 * check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class AlertFields<B extends AlertFields<B>> extends RequestBody.Builder<B> {
  AlertFields() {}

  /** The alert's unique name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created the alert. */
  public B author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** Whether the alert is disabled. */
  public B disabled(boolean disabled) {
    return set("disabled", disabled);
  }

  /** The severity. */
  public B severity(AlertSeverity severity) {
    return set("severity", Validate.notNull(severity, "severity"));
  }

  /** The severity. Must be 0 (Emergency) to 7 (Debug). */
  public B severity(int severity) {
    return set("severity", AlertSeverity.of(Validate.range(severity, 0, 7, "severity")));
  }

  /** The alert type (only {@code threshold} can be created through the API). */
  public B type(AlertType type) {
    return set("type", Validate.notNull(type, "type"));
  }

  /**
   * The alert type (only {@code threshold} can be created through the API). Values this release
   * does not know are sent as given.
   */
  public B type(String type) {
    return set("type", AlertType.of(Validate.notBlank(type, "type")));
  }

  /** Whether the alert applies to every data source. */
  public B applyAll(boolean applyAll) {
    return set("apply_all", applyAll);
  }

  /** The statistic, e.g. {@code extrahop.device.http_server}. */
  public B statName(String statName) {
    return set("stat_name", Validate.notBlank(statName, "stat_name"));
  }

  /** The monitored metric, e.g. {@code rsp_error}. */
  public B fieldName(String fieldName) {
    return set("field_name", Validate.notBlank(fieldName, "field_name"));
  }

  /** The second metric of a ratio. */
  public B fieldName2(String fieldName2) {
    return set("field_name2", Validate.notBlank(fieldName2, "field_name2"));
  }

  /** The ratio operator ({@code /}). */
  public B fieldOp(String fieldOp) {
    return set("field_op", Validate.notBlank(fieldOp, "field_op"));
  }

  /** How the metric is compared with the operand. */
  public B operator(AlertOperator operator) {
    return set("operator", Validate.notNull(operator, "operator"));
  }

  /**
   * How the metric is compared with the operand. Values this release does not know are sent as
   * given.
   */
  public B operator(String operator) {
    return set("operator", AlertOperator.of(Validate.notBlank(operator, "operator")));
  }

  /**
   * The evaluation unit: {@code none}, {@code period}, {@code 1 sec}, {@code 1 min} or {@code 1
   * hr}.
   */
  public B units(String units) {
    return set("units", Validate.notBlank(units, "units"));
  }

  /** The alert interval in seconds: 30, 60, 120, 300, 600, 900, 1200 or 1800. */
  public B intervalLength(int intervalLength) {
    return set(
        "interval_length",
        Validate.oneOf(
            intervalLength, Set.of(30, 60, 120, 300, 600, 900, 1200, 1800), "interval_length"));
  }

  /** The interval between notifications in seconds: 300, 600, 900, 1800, 3600, 7200 or 14400. */
  public B refireInterval(int refireInterval) {
    return set(
        "refire_interval",
        Validate.oneOf(
            refireInterval, Set.of(300, 600, 900, 1800, 3600, 7200, 14400), "refire_interval"));
  }

  /** Whether an SNMP trap is sent. */
  public B notifySnmp(boolean notifySnmp) {
    return set("notify_snmp", notifySnmp);
  }

  /** The source type of a detection alert ({@code application} or {@code device}). */
  public B objectType(String objectType) {
    return set("object_type", Validate.notBlank(objectType, "object_type"));
  }

  /** The protocols of a detection alert. */
  public B protocols(List<String> protocols) {
    return set("protocols", Validate.strings(protocols, "protocols"));
  }

  /** The protocols of a detection alert. */
  public B protocols(String... protocols) {
    return set(
        "protocols",
        Validate.strings(Arrays.asList(Validate.notNull(protocols, "protocols")), "protocols"));
  }

  /** The detection categories of a detection alert. */
  public B categories(List<String> categories) {
    return set("categories", Validate.strings(categories, "categories"));
  }

  /** The detection categories of a detection alert. */
  public B categories(String... categories) {
    return set(
        "categories",
        Validate.strings(Arrays.asList(Validate.notNull(categories, "categories")), "categories"));
  }

  /** Email addresses to notify besides the assigned email groups. */
  public B cc(List<String> cc) {
    return set("cc", Validate.emails(cc, "cc"));
  }

  /** Email addresses to notify besides the assigned email groups. */
  public B cc(String... cc) {
    return set("cc", Validate.emails(Arrays.asList(Validate.notNull(cc, "cc")), "cc"));
  }

  /** The first alert parameter (a key pattern or data point), as a JSON object. */
  public B param(Map<String, ?> param) {
    return set("param", Validate.map(param, "param"));
  }

  /** The second alert parameter, as a JSON object. */
  public B param2(Map<String, ?> param2) {
    return set("param2", Validate.map(param2, "param2"));
  }

  /** The value compared with, sent as a string as the API expects (not blank). */
  public B operand(String operand) {
    return set("operand", Validate.notBlank(operand, "operand"));
  }

  /** The value compared with, a number, sent as a string as the API expects. */
  public B operand(Number operand) {
    return set("operand", String.valueOf(Validate.notNull(operand, "operand")));
  }
}
