package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The filter language of device and record searches: a rule {@code {"field", "operator",
 * "operand"}} or a group {@code {"operator": "and"|"or"|"not", "rules": [...]}}, nested at will
 * ({@code not} matches what its rules, taken together, do not). The operand is a value or {@code
 * {"type", "value"}}. Equality ignores case, compares numbers as numbers, and reads an operand in
 * CIDR notation ({@code 10.20.0.0/16}) as a range of addresses.
 */
final class Filters {
  static final Set<String> OPERATORS =
      Set.of("=", "!=", ">", "<", ">=", "<=", "startswith", "~", "!~", "exists", "not_exists");

  /** Reads the values of a field of an item; empty when the item has none. */
  @FunctionalInterface
  interface FieldReader<T> {
    List<String> values(T item, String field);
  }

  private Filters() {}

  static <T> Predicate<T> compile(JsonNode filter, FieldReader<T> reader) {
    if (filter == null || filter.isMissingNode() || filter.isNull()) {
      return item -> true;
    }
    if (!filter.isObject()) {
      throw ApiError.badRequest("A filter must be an object, was " + filter);
    }
    String operator = filter.path("operator").asText(null);
    if (operator == null) {
      throw ApiError.badRequest("A filter needs an operator: " + filter);
    }
    if (operator.equals("and") || operator.equals("or") || operator.equals("not")) {
      JsonNode rules = filter.path("rules");
      if (!rules.isArray() || rules.isEmpty()) {
        throw ApiError.badRequest("An '" + operator + "' filter needs a non-empty array of rules");
      }
      List<Predicate<T>> compiled = new ArrayList<>();
      rules.forEach(rule -> compiled.add(compile(rule, reader)));
      if (operator.equals("not")) {
        return item -> !compiled.stream().allMatch(rule -> rule.test(item));
      }
      return operator.equals("and")
          ? item -> compiled.stream().allMatch(rule -> rule.test(item))
          : item -> compiled.stream().anyMatch(rule -> rule.test(item));
    }
    if (!OPERATORS.contains(operator)) {
      throw ApiError.badRequest(
          "Unknown filter operator '" + operator + "'; expected and, or, not, " + OPERATORS);
    }
    String field = filter.path("field").asText(null);
    if (field == null || field.isEmpty()) {
      throw ApiError.badRequest("A filter rule needs a field: " + filter);
    }
    if (operator.equals("exists") || operator.equals("not_exists")) {
      boolean wanted = operator.equals("exists");
      return item -> !reader.values(item, field).isEmpty() == wanted;
    }
    JsonNode operandNode = filter.path("operand");
    if (operandNode.isObject()) {
      operandNode = operandNode.path("value");
    }
    if (operandNode.isMissingNode() || operandNode.isNull() || operandNode.isContainerNode()) {
      throw ApiError.badRequest(
          "A filter rule with operator '" + operator + "' needs an operand: " + filter);
    }
    Predicate<String> test = test(operator, operandNode.asText());
    boolean negated = operator.equals("!=") || operator.equals("!~");
    return item -> {
      List<String> values = reader.values(item, field);
      return negated ? values.stream().allMatch(test) : values.stream().anyMatch(test);
    };
  }

  private static Predicate<String> test(String operator, String operand) {
    switch (operator) {
      case "=":
        return value -> equal(value, operand);
      case "!=":
        return value -> !equal(value, operand);
      case "startswith":
        return value -> value.toLowerCase(Locale.ROOT).startsWith(operand.toLowerCase(Locale.ROOT));
      case "~":
        Pattern pattern = regex(operand);
        return value -> pattern.matcher(value).find();
      case "!~":
        Pattern excluded = regex(operand);
        return value -> !excluded.matcher(value).find();
      default:
        return value -> {
          int order = compare(value, operand);
          return switch (operator) {
            case ">" -> order > 0;
            case "<" -> order < 0;
            case ">=" -> order >= 0;
            default -> order <= 0;
          };
        };
    }
  }

  static Pattern regex(String text) {
    try {
      return Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      throw ApiError.badRequest("Invalid regular expression '" + text + "': " + e.getDescription());
    }
  }

  private static boolean equal(String value, String operand) {
    if (operand.contains("/") && isAddress(value)) {
      return inCidr(value, operand);
    }
    BigDecimal a = number(value);
    BigDecimal b = number(operand);
    if (a != null && b != null) {
      return a.compareTo(b) == 0;
    }
    return value.equalsIgnoreCase(operand);
  }

  private static int compare(String value, String operand) {
    BigDecimal a = number(value);
    BigDecimal b = number(operand);
    return a != null && b != null ? a.compareTo(b) : value.compareTo(operand);
  }

  private static BigDecimal number(String text) {
    if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || text.charAt(0) == '-')) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isAddress(String value) {
    return value.matches("[0-9.]+") || value.contains(":");
  }

  /** Whether an IPv4 or IPv6 address lies in a CIDR block. */
  static boolean inCidr(String address, String cidr) {
    int slash = cidr.indexOf('/');
    try {
      byte[] network = literal(cidr.substring(0, slash));
      byte[] candidate = literal(address);
      int bits = Integer.parseInt(cidr.substring(slash + 1));
      if (network == null || candidate == null || network.length != candidate.length) {
        return false;
      }
      for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
        int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
        if ((network[i] & mask) != (candidate[i] & mask)) {
          return false;
        }
      }
      return true;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("Invalid CIDR block '" + cidr + "'");
    }
  }

  /** The bytes of an IP literal, without ever resolving a name. */
  private static byte[] literal(String text) {
    if (!text.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
