package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import java.util.Map;

/**
 * The kind of object a metric query asks about ({@code object_type}). {@link #of(String)} keeps any
 * other value as sent, for object types added after this release.
 */
public final class ObjectType extends ExtensibleEnum {
  /** Devices, by device id. */
  public static final ObjectType DEVICE = new ObjectType("device", true);

  /** Applications, by id ({@code 0} is All Activity). */
  public static final ObjectType APPLICATION = new ObjectType("application", true);

  /** Networks (capture interfaces). */
  public static final ObjectType NETWORK = new ObjectType("network", true);

  /** Device groups. */
  public static final ObjectType DEVICE_GROUP = new ObjectType("device_group", true);

  /** Activity groups. */
  public static final ObjectType ACTIVITY_GROUP = new ObjectType("activity_group", true);

  /** A capture, e.g. a sensor seen from a console. */
  public static final ObjectType CAPTURE = new ObjectType("capture", true);

  /** VLANs. */
  public static final ObjectType VLAN = new ObjectType("vlan", true);

  /** The appliance itself. */
  public static final ObjectType SYSTEM = new ObjectType("system", true);

  private static final Map<String, ObjectType> KNOWN =
      Map.of(
          DEVICE.value(),
          DEVICE,
          APPLICATION.value(),
          APPLICATION,
          NETWORK.value(),
          NETWORK,
          DEVICE_GROUP.value(),
          DEVICE_GROUP,
          ACTIVITY_GROUP.value(),
          ACTIVITY_GROUP,
          CAPTURE.value(),
          CAPTURE,
          VLAN.value(),
          VLAN,
          SYSTEM.value(),
          SYSTEM);

  private ObjectType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known type for {@code value} (without regard to case), or a type the SDK does not know.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  @JsonCreator
  public static ObjectType of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("object type must not be blank");
    }
    ObjectType known = KNOWN.get(normalize(value));
    return known != null ? known : new ObjectType(value.strip(), false);
  }
}
