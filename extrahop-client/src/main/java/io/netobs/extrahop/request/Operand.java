package io.netobs.extrahop.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.model.OperandType;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A record filter operand that names its data type explicitly, sent as {@code {"type": ...,
 * "value": ...}}. Without a type (a plain value), the appliance takes the type from the record
 * format of the field.
 *
 * <pre>{@code
 * RecordFilter.builder().field("senderAddr").operator(RecordOperator.EQUALS).operand(Operand.builder().type(OperandType.IPADDR4).value("1.2.3.4").build()).build()
 * RecordFilter.builder().field("clientAddr").operator(RecordOperator.EQUALS).operand(Operand.builder().type(OperandType.IPADDR4).value("10.0.0.0/8").build()).build()   // CIDR: only with = or !=
 * }</pre>
 */
public final class Operand {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");
  private static final Pattern IPV6 =
      Pattern.compile("([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)(?:/(\\d{1,3}))?");

  private final OperandType type;
  private final Object value;

  private Operand(OperandType type, Object value) {
    this.type = type;
    this.value = value;
  }

  /** A builder with nothing set; {@code type} and {@code value} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this operand's type and value, to build a variant. */
  public Builder toBuilder() {
    return new Builder().type(type).value(value);
  }

  private static String address(Object value, OperandType type, String example) {
    String text = String.valueOf(value).strip();
    boolean ok = type.equals(OperandType.IPADDR4) ? isIpv4(text, true) : isIpv6(text, true);
    if (!ok) {
      String family = type.equals(OperandType.IPADDR4) ? "IPv4" : "IPv6";
      throw new IllegalArgumentException(
          type
              + " operand must be an "
              + family
              + " address or CIDR block such as "
              + example
              + ", was '"
              + value
              + "'");
    }
    return text;
  }

  /** The data type. */
  @JsonProperty("type")
  public OperandType type() {
    return type;
  }

  /** The value: a String, Number or Boolean. */
  @JsonProperty("value")
  public Object value() {
    return value;
  }

  /** Whether this operand is a CIDR block rather than a single address. */
  @JsonIgnore
  public boolean isCidr() {
    return (type.equals(OperandType.IPADDR4) || type.equals(OperandType.IPADDR6))
        && String.valueOf(value).contains("/");
  }

  /** Whether a plain operand value reads as an IPv4 or IPv6 CIDR block. */
  static boolean looksLikeCidr(Object operand) {
    if (operand instanceof Operand o) {
      return o.isCidr();
    }
    if (operand instanceof String s && s.contains("/")) {
      String text = s.strip();
      return isIpv4(text, true) || isIpv6(text, true);
    }
    return false;
  }

  private static boolean isIpv4(String text, boolean allowPrefix) {
    Matcher m = IPV4.matcher(text);
    if (!m.matches()) {
      return false;
    }
    for (int i = 1; i <= 4; i++) {
      if (Integer.parseInt(m.group(i)) > 255) {
        return false;
      }
    }
    return m.group(5) == null || (allowPrefix && Integer.parseInt(m.group(5)) <= 32);
  }

  private static boolean isIpv6(String text, boolean allowPrefix) {
    Matcher m = IPV6.matcher(text);
    if (!m.matches()) {
      return false;
    }
    String address = m.group(1);
    int doubleColons = address.split("::", -1).length - 1;
    if (doubleColons > 1 || address.length() < 2) {
      return false;
    }
    return m.group(2) == null || (allowPrefix && Integer.parseInt(m.group(2)) <= 128);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Operand other && other.type.equals(type) && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value);
  }

  @Override
  public String toString() {
    return "{" + type + ": " + value + "}";
  }

  /**
   * Builds an {@link Operand}: a type (one the SDK does not know is sent as given) and a value, a
   * String, Number or Boolean that suits a known type.
   */
  public static final class Builder {
    private OperandType type;
    private Object value;

    private Builder() {}

    /** The data type, e.g. {@link OperandType#IPADDR4}. */
    public Builder type(OperandType type) {
      this.type = Objects.requireNonNull(type, "type must not be null");
      return this;
    }

    /**
     * The value: an address or CIDR block for {@code ipaddr4}/{@code ipaddr6}, an id for {@code
     * device}/{@code application}, or a String, Number or Boolean.
     */
    public Builder value(Object value) {
      Objects.requireNonNull(value, "value must not be null");
      if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        throw new IllegalArgumentException(
            "an operand value must be a String, Number or Boolean, was "
                + value.getClass().getName());
      }
      this.value = value;
      return this;
    }

    /**
     * The operand.
     *
     * @throws IllegalArgumentException when type or value is missing, or the value does not suit a
     *     known type (an IPv4 address that is not one, a number that is not a number...)
     */
    public Operand build() {
      if (type == null) {
        throw new IllegalArgumentException("Operand: type is required");
      }
      if (value == null) {
        throw new IllegalArgumentException("Operand: value is required");
      }
      if (type.equals(OperandType.IPADDR4)) {
        return new Operand(type, address(value, type, "10.0.0.0/8"));
      }
      if (type.equals(OperandType.IPADDR6)) {
        return new Operand(type, address(value, type, "2001:db8::/32"));
      }
      if (type.equals(OperandType.NUMBER) && !(value instanceof Number)) {
        throw new IllegalArgumentException(
            "a number operand must be a Number, was " + value.getClass().getName());
      }
      if (type.equals(OperandType.BOOLEAN) && !(value instanceof Boolean)) {
        throw new IllegalArgumentException(
            "a boolean operand must be a Boolean, was " + value.getClass().getName());
      }
      return new Operand(type, value);
    }
  }
}
