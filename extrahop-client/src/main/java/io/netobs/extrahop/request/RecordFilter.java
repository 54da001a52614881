package io.netobs.extrahop.request;

import com.fasterxml.jackson.annotation.JsonValue;
import io.netobs.extrahop.model.RecordOperator;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code filter} of a record query: one rule on a field ({@code {"field", "operator",
 * "operand"?}}), or an {@code and} / {@code or} group of filters ({@code {"operator", "rules"}}),
 * nested as deep as needed. Immutable; made by a {@link Builder} that checks each rule before
 * anything is sent.
 *
 * <pre>{@code
 * RecordFilter.builder().and(
 *     RecordFilter.builder().field("method").operator(RecordOperator.EQUALS).operand("GET").build(),
 *     RecordFilter.builder().field("statusCode").operator(RecordOperator.EQUALS).operand("404").build())
 *     .build()
 * // {"operator": "and", "rules": [{"field": "method", "operator": "=", "operand": "GET"}, ...]}
 * }</pre>
 */
public final class RecordFilter {
  private final String field;
  private final RecordOperator operator;
  private final Object operand;
  private final List<RecordFilter> rules;

  private RecordFilter(Builder b) {
    this.field = b.field;
    this.operator = b.operator;
    this.operand = b.operand;
    this.rules = b.rules;
  }

  /** A builder with nothing set: set a field, operator and operand, or {@code and}/{@code or}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this filter's values, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.field = field;
    b.operator = operator;
    b.operand = operand;
    b.rules = rules;
    return b;
  }

  /** The record field a rule tests; null for a group. */
  public @Nullable String field() {
    return field;
  }

  /** The comparison of a rule, or {@code and} / {@code or} for a group. */
  public RecordOperator operator() {
    return operator;
  }

  /**
   * The value a rule compares with: a String, Number, Boolean or {@link Operand}; null for none.
   */
  public @Nullable Object operand() {
    return operand;
  }

  /** The filters of a group, in order; empty for a rule. */
  public List<RecordFilter> rules() {
    return rules == null ? List.of() : rules;
  }

  /** Whether this is an {@code and} / {@code or} group rather than a rule. */
  public boolean isGroup() {
    return rules != null;
  }

  /** The filter as it is sent. */
  @JsonValue
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    if (rules != null) {
      json.put("operator", operator.value());
      json.put("rules", rules);
    } else {
      json.put("field", field);
      json.put("operator", operator);
      if (operand != null) {
        json.put("operand", operand);
      }
    }
    return Collections.unmodifiableMap(json);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RecordFilter f
        && Objects.equals(f.field, field)
        && f.operator.equals(operator)
        && Objects.equals(f.operand, operand)
        && Objects.equals(f.rules, rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, operator, operand, rules);
  }

  @Override
  public String toString() {
    return rules != null
        ? operator + rules.toString()
        : field + " " + operator + (operand == null ? "" : " " + operand);
  }

  /**
   * Builds a {@link RecordFilter}: setters check their value at once, {@link #build()} the rule.
   */
  public static final class Builder {
    private String field;
    private RecordOperator operator;
    private Object operand;
    private List<RecordFilter> rules;

    private Builder() {}

    /** The record field a rule tests, e.g. {@code statusCode} (not blank). */
    public Builder field(String field) {
      if (field == null || field.isBlank()) {
        throw new IllegalArgumentException("filter field must not be blank");
      }
      this.field = field.strip();
      return this;
    }

    /**
     * The comparison of a rule, including one the SDK does not know ({@code
     * RecordOperator.of("...")}), which is sent as given, with or without operand.
     */
    public Builder operator(RecordOperator operator) {
      this.operator =
          Objects.requireNonNull(
              operator, "operator of the filter on field '" + field + "' must not be null");
      return this;
    }

    /**
     * As {@link #operator(RecordOperator)}, with the operator as its raw text (e.g. {@code "~"}).
     */
    public Builder operator(String operator) {
      return operator(RecordOperator.of(operator));
    }

    /**
     * The value a rule compares with: a String, Number, Boolean or {@link Operand}; null for none.
     * An IP address CIDR block ({@code "10.0.0.0/8"}) is allowed with {@code "="} and {@code "!="}.
     */
    public Builder operand(@Nullable Object operand) {
      if (operand != null
          && !(operand instanceof String
              || operand instanceof Number
              || operand instanceof Boolean
              || operand instanceof Operand)) {
        throw new IllegalArgumentException(
            "operand of the filter on field '"
                + field
                + "' must be a String, Number, Boolean or Operand, was "
                + operand.getClass().getName());
      }
      this.operand = operand;
      return this;
    }

    /**
     * Makes this a group that matches records matching every one of {@code rules} (at least one).
     */
    public Builder and(RecordFilter... rules) {
      return group("and", rules == null ? null : Arrays.asList(rules));
    }

    /**
     * Makes this a group that matches records matching every one of {@code rules} (at least one).
     */
    public Builder and(List<? extends RecordFilter> rules) {
      return group("and", rules);
    }

    /** Makes this a group that matches records matching at least one of {@code rules}. */
    public Builder or(RecordFilter... rules) {
      return group("or", rules == null ? null : Arrays.asList(rules));
    }

    /** Makes this a group that matches records matching at least one of {@code rules}. */
    public Builder or(List<? extends RecordFilter> rules) {
      return group("or", rules);
    }

    private Builder group(String combinator, List<? extends RecordFilter> rules) {
      Objects.requireNonNull(rules, combinator + " rules must not be null");
      if (rules.isEmpty()) {
        throw new IllegalArgumentException(
            "an \"" + combinator + "\" filter group needs at least one rule");
      }
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i) == null) {
          throw new NullPointerException(combinator + " rule " + i + " must not be null");
        }
      }
      this.operator = RecordOperator.of(combinator);
      this.rules = List.copyOf(rules);
      return this;
    }

    /**
     * The filter. A rule needs a field and an operator; a known operator is checked: an operand
     * exactly when it compares with one, a CIDR block only with {@code "="} or {@code "!="}.
     *
     * @throws IllegalArgumentException when the rule breaks one of those checks, or mixes a field
     *     with a group
     */
    public RecordFilter build() {
      if (rules != null) {
        if (field != null || operand != null) {
          throw new IllegalArgumentException(
              "a filter is either a rule (field, operator, operand) or a group (and/or), not both");
        }
        return new RecordFilter(this);
      }
      if (field == null) {
        throw new IllegalArgumentException("filter field must not be blank");
      }
      Objects.requireNonNull(
          operator, "operator of the filter on field '" + field + "' must not be null");
      if (operator.isKnown()) {
        if (operator.takesOperand() && operand == null) {
          throw new IllegalArgumentException(
              "operand of the filter on field '"
                  + field
                  + "' must not be null with operator \""
                  + operator
                  + "\" (to test whether a field is present, use the operators exists() or not_exists(), which take no operand)");
        }
        if (!operator.takesOperand() && operand != null) {
          throw new IllegalArgumentException(
              "operator \""
                  + operator
                  + "\" on field '"
                  + field
                  + "' takes no operand, was given "
                  + operand);
        }
        if (Operand.looksLikeCidr(operand)
            && !operator.equals(RecordOperator.EQUALS)
            && !operator.equals(RecordOperator.NOT_EQUALS)) {
          throw new IllegalArgumentException(
              "operand "
                  + operand
                  + " of the filter on field '"
                  + field
                  + "' is a CIDR block, which the API accepts only with operator \"=\" or \"!=\", not \""
                  + operator
                  + "\"");
        }
      }
      return new RecordFilter(this);
    }
  }
}
