package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import java.util.Map;

/**
 * The data types that a record filter operand can name explicitly (see {@link
 * io.netobs.extrahop.request.Operand}).
 */
public final class OperandType extends ExtensibleEnum {
  /** An IPv4 address, or an IPv4 CIDR block. */
  public static final OperandType IPADDR4 = new OperandType("ipaddr4", true);

  /** An IPv6 address, or an IPv6 CIDR block. */
  public static final OperandType IPADDR6 = new OperandType("ipaddr6", true);

  /** A device, by id. */
  public static final OperandType DEVICE = new OperandType("device", true);

  /** An application, by id. */
  public static final OperandType APPLICATION = new OperandType("application", true);

  /** A string. */
  public static final OperandType STRING = new OperandType("string", true);

  /** A number. */
  public static final OperandType NUMBER = new OperandType("number", true);

  /** A boolean. */
  public static final OperandType BOOLEAN = new OperandType("boolean", true);

  private static final Map<String, OperandType> KNOWN =
      Map.of(
          IPADDR4.value(),
          IPADDR4,
          IPADDR6.value(),
          IPADDR6,
          DEVICE.value(),
          DEVICE,
          APPLICATION.value(),
          APPLICATION,
          STRING.value(),
          STRING,
          NUMBER.value(),
          NUMBER,
          BOOLEAN.value(),
          BOOLEAN);

  private OperandType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known type for {@code value} (matched without regard to case), or a type the SDK does not
   * know.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static OperandType of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("operand type must not be blank");
    }
    OperandType known = KNOWN.get(normalize(value));
    return known != null ? known : new OperandType(value.strip(), false);
  }
}
