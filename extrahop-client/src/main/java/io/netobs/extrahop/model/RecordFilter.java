package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The {@code filter} of a record query: one rule on a field, or an {@code and} / {@code or} group of
 * filters, nested as deep as needed. Built by factories that check each rule before anything is sent.
 *
 * <pre>{@code
 * RecordFilter.and(
 *     RecordFilter.field("method").equalTo("GET"),
 *     RecordFilter.field("statusCode").equalTo("404"))
 * // {"operator": "and", "rules": [{"field": "method", "operator": "=", "operand": "GET"}, ...]}
 * }</pre>
 */
public abstract sealed class RecordFilter permits RecordFilter.Rule, RecordFilter.Group {
  RecordFilter() {}

  /** Starts a rule on {@code field}, e.g. {@code field("statusCode").equalTo("404")}. */
  public static FieldRule field(String field) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("filter field must not be blank");
    }
    return new FieldRule(field.strip());
  }

  /** A group that matches records matching every one of {@code rules}. */
  public static Group and(RecordFilter... rules) {
    return new Group("and", list(rules, "and"));
  }

  /** A group that matches records matching every one of {@code rules}. */
  public static Group and(List<? extends RecordFilter> rules) {
    return new Group("and", list(rules, "and"));
  }

  /** A group that matches records matching at least one of {@code rules}. */
  public static Group or(RecordFilter... rules) {
    return new Group("or", list(rules, "or"));
  }

  /** A group that matches records matching at least one of {@code rules}. */
  public static Group or(List<? extends RecordFilter> rules) {
    return new Group("or", list(rules, "or"));
  }

  private static List<RecordFilter> list(RecordFilter[] rules, String operator) {
    Objects.requireNonNull(rules, operator + " rules must not be null");
    return list(Arrays.asList(rules), operator);
  }

  private static List<RecordFilter> list(List<? extends RecordFilter> rules, String operator) {
    Objects.requireNonNull(rules, operator + " rules must not be null");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("an \"" + operator + "\" filter group needs at least one rule");
    }
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) == null) {
        throw new NullPointerException(operator + " rule " + i + " must not be null");
      }
    }
    return List.copyOf(rules);
  }

  /** The first half of a rule: the field, waiting for its operator and operand. */
  public static final class FieldRule {
    private final String field;

    private FieldRule(String field) {
      this.field = field;
    }

    /**
     * {@code "="}. The operand is a String, Number, Boolean or {@link Operand}; an IP address CIDR block
     * ({@code "10.0.0.0/8"}) is allowed.
     */
    public Rule equalTo(Object operand) {
      return is(RecordOperator.EQUALS, operand);
    }

    /** {@code "!="}; an IP address CIDR block is allowed. */
    public Rule notEqualTo(Object operand) {
      return is(RecordOperator.NOT_EQUALS, operand);
    }

    /** {@code ">"}. */
    public Rule greaterThan(Object operand) {
      return is(RecordOperator.GREATER_THAN, operand);
    }

    /** {@code "<"}. */
    public Rule lessThan(Object operand) {
      return is(RecordOperator.LESS_THAN, operand);
    }

    /** {@code ">="}. */
    public Rule atLeast(Object operand) {
      return is(RecordOperator.AT_LEAST, operand);
    }

    /** {@code "<="}. */
    public Rule atMost(Object operand) {
      return is(RecordOperator.AT_MOST, operand);
    }

    /** {@code "startswith"}. */
    public Rule startsWith(String prefix) {
      return is(RecordOperator.STARTS_WITH, prefix);
    }

    /** {@code "~"}: the field matches the regular expression. */
    public Rule matches(String regex) {
      return is(RecordOperator.MATCHES, regex);
    }

    /** {@code "!~"}: the field does not match the regular expression. */
    public Rule notMatches(String regex) {
      return is(RecordOperator.NOT_MATCHES, regex);
    }

    /** {@code "exists"}: the record has the field. */
    public Rule exists() {
      return is(RecordOperator.EXISTS, null);
    }

    /** {@code "not_exists"}: the record does not have the field. */
    public Rule notExists() {
      return is(RecordOperator.NOT_EXISTS, null);
    }

    /**
     * A rule with any operator, including one the SDK does not know ({@code RecordOperator.of("...")}).
     * Known operators are checked: a CIDR block only with {@code "="} or {@code "!="}, an operand exactly
     * when the operator compares with one. An unknown operator is sent as given, with or without operand.
     *
     * @throws IllegalArgumentException when the rule breaks one of those checks
     */
    public Rule is(RecordOperator operator, Object operand) {
      Objects.requireNonNull(operator, "operator of the filter on field '" + field + "' must not be null");
      if (operand != null && !(operand instanceof String || operand instanceof Number || operand instanceof Boolean
          || operand instanceof Operand)) {
        throw new IllegalArgumentException("operand of the filter on field '" + field
            + "' must be a String, Number, Boolean or Operand, was " + operand.getClass().getName());
      }
      if (operator.isKnown()) {
        if (operator.takesOperand() && operand == null) {
          throw new IllegalArgumentException("operand of the filter on field '" + field + "' must not be null with operator \""
              + operator + "\" (use exists() or notExists() to test whether a field is present)");
        }
        if (!operator.takesOperand() && operand != null) {
          throw new IllegalArgumentException("operator \"" + operator + "\" on field '" + field + "' takes no operand, was given " + operand);
        }
        if (Operand.looksLikeCidr(operand) && !operator.equals(RecordOperator.EQUALS) && !operator.equals(RecordOperator.NOT_EQUALS)) {
          throw new IllegalArgumentException("operand " + operand + " of the filter on field '" + field
              + "' is a CIDR block, which the API accepts only with operator \"=\" or \"!=\", not \"" + operator + "\"");
        }
      }
      return new Rule(field, operator, operand);
    }

    /** As {@link #is(RecordOperator, Object)}, with the operator as its raw text (e.g. {@code "~"}). */
    public Rule is(String operator, Object operand) {
      return is(RecordOperator.of(operator), operand);
    }
  }

  /** One rule: {@code {"field", "operator", "operand"?}}. */
  public static final class Rule extends RecordFilter {
    private final String field;
    private final RecordOperator operator;
    private final Object operand;

    private Rule(String field, RecordOperator operator, Object operand) {
      this.field = field;
      this.operator = operator;
      this.operand = operand;
    }

    /** The record field the rule tests. */
    @JsonProperty("field")
    public String field() {
      return field;
    }

    /** The comparison. */
    @JsonProperty("operator")
    public RecordOperator operator() {
      return operator;
    }

    /** The value compared with: a String, Number, Boolean or {@link Operand}; null for {@code exists}. */
    @JsonProperty("operand")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Object operand() {
      return operand;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Rule r && r.field.equals(field) && r.operator.equals(operator) && Objects.equals(r.operand, operand);
    }

    @Override
    public int hashCode() {
      return Objects.hash(field, operator, operand);
    }

    @Override
    public String toString() {
      return field + " " + operator + (operand == null ? "" : " " + operand);
    }
  }

  /** A group: {@code {"operator": "and"|"or", "rules": [...]}}. */
  public static final class Group extends RecordFilter {
    private final String operator;
    private final List<RecordFilter> rules;

    private Group(String operator, List<RecordFilter> rules) {
      this.operator = operator;
      this.rules = rules;
    }

    /** {@code "and"} or {@code "or"}. */
    @JsonProperty("operator")
    public String operator() {
      return operator;
    }

    /** The filters of the group, in order. */
    @JsonProperty("rules")
    public List<RecordFilter> rules() {
      return rules;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Group g && g.operator.equals(operator) && g.rules.equals(rules);
    }

    @Override
    public int hashCode() {
      return Objects.hash(operator, rules);
    }

    @Override
    public String toString() {
      return operator + rules;
    }
  }
}
