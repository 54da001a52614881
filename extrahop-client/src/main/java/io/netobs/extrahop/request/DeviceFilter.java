package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.FilterOperator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The filter of a device search ({@code POST /devices/search}): a rule on one field ({@code
 * {"field", "operator", "operand"}}), or filters combined with {@code and} / {@code or}, or one
 * filter negated with {@code not} ({@code {"operator", "rules"}}), nested as deep as needed.
 * Immutable; made by a {@link Builder}.
 *
 * <pre>{@code
 * DeviceFilter.builder().and(
 *     DeviceFilter.builder().field("ipaddr").operator(FilterOperator.EQUALS).operand("10.20.0.0/16").build(),
 *     DeviceFilter.builder().not(
 *         DeviceFilter.builder().field("vendor").operator(FilterOperator.EQUALS).operand("Cisco").build())
 *         .build())
 *     .build()
 * // {"operator": "and", "rules": [{"field": "ipaddr", "operator": "=", "operand": "10.20.0.0/16"},
 * //   {"operator": "not", "rules": [{"field": "vendor", "operator": "=", "operand": "Cisco"}]}]}
 * }</pre>
 */
public final class DeviceFilter {
  private final String field;
  private final FilterOperator operator;
  private final Object operand;
  private final String combinator;
  private final List<DeviceFilter> rules;

  private DeviceFilter(Builder b) {
    this.field = b.field;
    this.operator = b.operator;
    this.operand = b.operand;
    this.combinator = b.combinator;
    this.rules = b.rules;
  }

  /**
   * A builder with nothing set: set a field, operator and operand, or {@code and}/{@code or}/{@code
   * not}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this filter's values, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.field = field;
    b.operator = operator;
    b.operand = operand;
    b.combinator = combinator;
    b.rules = rules;
    return b;
  }

  /**
   * The filter as the API takes it: {@code {field, operator, operand}} or {@code {operator, rules}}
   * (operator {@code and}, {@code or} or {@code not}).
   */
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
  public boolean equals(@Nullable Object o) {
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

  /**
   * Builds a {@link DeviceFilter}: setters check their value at once, {@link #build()} the rule.
   */
  public static final class Builder {
    private String field;
    private FilterOperator operator;
    private Object operand;
    private String combinator;
    private List<DeviceFilter> rules;

    private Builder() {}

    /**
     * The field a rule tests, such as {@code ipaddr}, {@code name}, {@code vendor}, {@code tag},
     * {@code activity}, {@code role}, {@code device_class}, {@code vlan} or {@code discovery_id}.
     */
    public Builder field(String field) {
      this.field = Validate.notBlank(field, "field");
      return this;
    }

    /** The comparison; {@code exists} and {@code not_exists} take no operand. */
    public Builder operator(FilterOperator operator) {
      this.operator = Validate.notNull(operator, "operator");
      return this;
    }

    /**
     * The value compared with: a string, number or boolean, or an object as a map where the field
     * takes one, such as a value within a time window ({@code {"value": "10.1.2.3", "from":
     * -3600000, "until": 0}}) or a typed operand ({@code {"type": "ipaddr4", "value": "1.2.3.4"}}).
     */
    public Builder operand(Object operand) {
      Validate.notNull(operand, "operand");
      if (!(operand instanceof String
          || operand instanceof Number
          || operand instanceof Boolean
          || operand instanceof Map)) {
        throw new IllegalArgumentException(
            "operand must be a string, number, boolean or map, was "
                + operand.getClass().getName());
      }
      this.operand =
          operand instanceof Map<?, ?> m
              ? Collections.unmodifiableMap(new LinkedHashMap<>(m))
              : operand;
      return this;
    }

    /** Makes this a filter of the devices matching every one of {@code rules} (at least one). */
    public Builder and(DeviceFilter... rules) {
      return combine("and", rules);
    }

    /** Makes this a filter of the devices matching any of {@code rules} (at least one). */
    public Builder or(DeviceFilter... rules) {
      return combine("or", rules);
    }

    /**
     * Makes this a filter of the devices that do not match {@code rule}: {@code {"operator": "not",
     * "rules": [rule]}}. The rule may itself be a group.
     */
    public Builder not(DeviceFilter rule) {
      Objects.requireNonNull(rule, "rule");
      return combine("not", new DeviceFilter[] {rule});
    }

    private Builder combine(String combinator, DeviceFilter[] rules) {
      Objects.requireNonNull(rules, "rules");
      if (rules.length == 0) {
        throw new IllegalArgumentException(combinator + " needs at least one rule");
      }
      for (DeviceFilter r : rules) {
        Objects.requireNonNull(r, "rules must not contain null");
      }
      this.combinator = combinator;
      this.rules = List.copyOf(Arrays.asList(rules));
      return this;
    }

    /**
     * The filter.
     *
     * @throws IllegalArgumentException when a rule lacks its field or operator, {@code exists} or
     *     {@code not_exists} has an operand, another operator has none, or a rule is mixed with
     *     {@code and}/{@code or}/{@code not}
     */
    public DeviceFilter build() {
      if (combinator != null) {
        if (field != null || operator != null || operand != null) {
          throw new IllegalArgumentException(
              "a device filter is either a rule (field, operator, operand) or and/or/not, not both");
        }
        return new DeviceFilter(this);
      }
      Validate.notBlank(field, "field");
      Validate.notNull(operator, "operator");
      boolean presence =
          operator.equals(FilterOperator.EXISTS) || operator.equals(FilterOperator.NOT_EXISTS);
      if (presence && operand != null) {
        throw new IllegalArgumentException("operator " + operator + " takes no operand");
      }
      if (!presence) {
        Validate.notNull(operand, "operand");
      }
      return new DeviceFilter(this);
    }
  }
}
