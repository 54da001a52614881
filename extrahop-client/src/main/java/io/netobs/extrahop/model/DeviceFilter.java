package io.netobs.extrahop.model;

import io.netobs.extrahop.internal.Validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The filter of a device search ({@code POST /devices/search}): a rule on one field, or rules combined
 * with {@code and} / {@code or}. Immutable.
 *
 * <pre>{@code
 * DeviceFilter.and(
 *     DeviceFilter.rule("ipaddr", FilterOperator.EQUALS, "10.20.0.0/16"),
 *     DeviceFilter.or(DeviceFilter.equal("vendor", "Cisco"), DeviceFilter.exists("dns_name")))
 * }</pre>
 */
public final class DeviceFilter {
  private final String field;
  private final FilterOperator operator;
  private final Object operand;
  private final String combinator;
  private final List<DeviceFilter> rules;

  private DeviceFilter(String field, FilterOperator operator, Object operand, String combinator, List<DeviceFilter> rules) {
    this.field = field;
    this.operator = operator;
    this.operand = operand;
    this.combinator = combinator;
    this.rules = rules;
  }

  /**
   * A rule on one field, such as {@code ipaddr}, {@code name}, {@code vendor}, {@code tag},
   * {@code activity}, {@code role}, {@code device_class}, {@code vlan} or {@code discovery_id}.
   *
   * @param operand a string, number or boolean, or a typed operand as a map
   *     ({@code {"type": "ipaddr4", "value": "1.2.3.4"}})
   */
  public static DeviceFilter rule(String field, FilterOperator operator, Object operand) {
    Validate.notBlank(field, "field");
    Validate.notNull(operator, "operator");
    Validate.notNull(operand, "operand");
    if (!(operand instanceof String || operand instanceof Number || operand instanceof Boolean || operand instanceof Map)) {
      throw new IllegalArgumentException("operand must be a string, number, boolean or map, was " + operand.getClass().getName());
    }
    if (operator.equals(FilterOperator.EXISTS) || operator.equals(FilterOperator.NOT_EXISTS)) {
      throw new IllegalArgumentException("operator " + operator + " takes no operand: use exists(field) or notExists(field)");
    }
    Object copy = operand instanceof Map<?, ?> m ? Collections.unmodifiableMap(new LinkedHashMap<>(m)) : operand;
    return new DeviceFilter(field, operator, copy, null, List.of());
  }

  /** {@code field = operand}. */
  public static DeviceFilter equal(String field, Object operand) {
    return rule(field, FilterOperator.EQUALS, operand);
  }

  /** The field has a value. */
  public static DeviceFilter exists(String field) {
    return new DeviceFilter(Validate.notBlank(field, "field"), FilterOperator.EXISTS, null, null, List.of());
  }

  /** The field has no value. */
  public static DeviceFilter notExists(String field) {
    return new DeviceFilter(Validate.notBlank(field, "field"), FilterOperator.NOT_EXISTS, null, null, List.of());
  }

  /** Devices matching every one of {@code rules} (at least one). */
  public static DeviceFilter and(DeviceFilter... rules) {
    return combine("and", rules);
  }

  /** Devices matching any of {@code rules} (at least one). */
  public static DeviceFilter or(DeviceFilter... rules) {
    return combine("or", rules);
  }

  private static DeviceFilter combine(String combinator, DeviceFilter[] rules) {
    Objects.requireNonNull(rules, "rules");
    if (rules.length == 0) {
      throw new IllegalArgumentException(combinator + " needs at least one rule");
    }
    List<DeviceFilter> copy = new ArrayList<>(rules.length);
    for (DeviceFilter r : rules) {
      copy.add(Objects.requireNonNull(r, "rules must not contain null"));
    }
    return new DeviceFilter(null, null, null, combinator, List.copyOf(copy));
  }

  /** The filter as the API takes it: {@code {field, operator, operand}} or {@code {operator, rules}}. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    if (combinator != null) {
      map.put("operator", combinator);
      List<Map<String, Object>> children = new ArrayList<>(rules.size());
      for (DeviceFilter r : rules) {
        children.add(r.toMap());
      }
      map.put("rules", children);
    } else {
      map.put("field", field);
      map.put("operator", operator.value());
      if (operand != null) {
        map.put("operand", operand);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeviceFilter f && f.toMap().equals(toMap());
  }

  @Override
  public int hashCode() {
    return toMap().hashCode();
  }

  @Override
  public String toString() {
    return "DeviceFilter" + toMap();
  }
}
