package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record filter operand that names its data type explicitly, sent as {@code {"type": ..., "value": ...}}.
 * Without a type (a plain value), the appliance takes the type from the record format of the field.
 *
 * <pre>{@code
 * RecordFilter.field("senderAddr").equalTo(Operand.ipv4("1.2.3.4"))
 * RecordFilter.field("clientAddr").equalTo(Operand.ipv4("10.0.0.0/8"))   // CIDR: only with = or !=
 * }</pre>
 */
public final class Operand {
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");
  private static final Pattern IPV6 = Pattern.compile("([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)(?:/(\\d{1,3}))?");

  private final OperandType type;
  private final Object value;

  private Operand(OperandType type, Object value) {
    this.type = type;
    this.value = value;
  }

  /**
   * An operand of any type, including one the SDK does not know.
   *
   * @throws IllegalArgumentException when the value does not suit a known type (an IPv4 address that is
   *     not one, a number that is not a number...)
   */
  public static Operand of(OperandType type, Object value) {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(value, "value must not be null");
    if (type.equals(OperandType.IPADDR4)) {
      return ipv4(String.valueOf(value));
    }
    if (type.equals(OperandType.IPADDR6)) {
      return ipv6(String.valueOf(value));
    }
    if (type.equals(OperandType.NUMBER) && !(value instanceof Number)) {
      throw new IllegalArgumentException("a number operand must be a Number, was " + value.getClass().getName());
    }
    if (type.equals(OperandType.BOOLEAN) && !(value instanceof Boolean)) {
      throw new IllegalArgumentException("a boolean operand must be a Boolean, was " + value.getClass().getName());
    }
    if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
      throw new IllegalArgumentException("an operand value must be a String, Number or Boolean, was " + value.getClass().getName());
    }
    return new Operand(type, value);
  }

  /**
   * An IPv4 address ({@code "1.2.3.4"}) or CIDR block ({@code "10.0.0.0/8"}).
   *
   * @throws IllegalArgumentException when {@code address} is neither
   */
  public static Operand ipv4(String address) {
    Objects.requireNonNull(address, "address must not be null");
    String text = address.strip();
    if (!isIpv4(text, true)) {
      throw new IllegalArgumentException("ipaddr4 operand must be an IPv4 address or CIDR block such as 10.0.0.0/8, was '" + address + "'");
    }
    return new Operand(OperandType.IPADDR4, text);
  }

  /**
   * An IPv6 address ({@code "2001:db8::1"}) or CIDR block ({@code "2001:db8::/32"}).
   *
   * @throws IllegalArgumentException when {@code address} is neither
   */
  public static Operand ipv6(String address) {
    Objects.requireNonNull(address, "address must not be null");
    String text = address.strip();
    if (!isIpv6(text, true)) {
      throw new IllegalArgumentException("ipaddr6 operand must be an IPv6 address or CIDR block such as 2001:db8::/32, was '" + address + "'");
    }
    return new Operand(OperandType.IPADDR6, text);
  }

  /** A device, by its id. */
  public static Operand device(long id) {
    return new Operand(OperandType.DEVICE, id);
  }

  /** An application, by its id. */
  public static Operand application(long id) {
    return new Operand(OperandType.APPLICATION, id);
  }

  /** An application, by its discovery id or name, as the appliance knows it. */
  public static Operand application(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return new Operand(OperandType.APPLICATION, id);
  }

  /** A string. */
  public static Operand string(String value) {
    Objects.requireNonNull(value, "value must not be null");
    return new Operand(OperandType.STRING, value);
  }

  /** A number. */
  public static Operand number(Number value) {
    Objects.requireNonNull(value, "value must not be null");
    return new Operand(OperandType.NUMBER, value);
  }

  /** A boolean. */
  public static Operand bool(boolean value) {
    return new Operand(OperandType.BOOLEAN, value);
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
    return (type.equals(OperandType.IPADDR4) || type.equals(OperandType.IPADDR6)) && String.valueOf(value).contains("/");
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
  public boolean equals(Object o) {
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
}
