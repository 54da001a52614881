package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/** The body of {@code POST /customdevices/{id}/criteria}: at least one field must be set. */
public final class CustomDeviceCriterionCreate extends RequestBody {
  private CustomDeviceCriterionCreate(Builder builder) {
    super(builder);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's fields, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link CustomDeviceCriterionCreate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** An IP address or CIDR block. */
    public Builder ipaddr(String ipaddr) {
      return set("ipaddr", Validate.notBlank(ipaddr, "ipaddr"));
    }

    /** A peer IP address or CIDR block. */
    public Builder ipaddrPeer(String ipaddrPeer) {
      return set("ipaddr_peer", Validate.notBlank(ipaddrPeer, "ipaddr_peer"));
    }

    /** The lowest source port (0 to 65535). */
    public Builder srcPortMin(int srcPortMin) {
      return set("src_port_min", Validate.range(srcPortMin, 0, 65535, "src_port_min"));
    }

    /** The highest source port (0 to 65535). */
    public Builder srcPortMax(int srcPortMax) {
      return set("src_port_max", Validate.range(srcPortMax, 0, 65535, "src_port_max"));
    }

    /** The lowest destination port (0 to 65535). */
    public Builder dstPortMin(int dstPortMin) {
      return set("dst_port_min", Validate.range(dstPortMin, 0, 65535, "dst_port_min"));
    }

    /** The highest destination port (0 to 65535). */
    public Builder dstPortMax(int dstPortMax) {
      return set("dst_port_max", Validate.range(dstPortMax, 0, 65535, "dst_port_max"));
    }

    /** The lowest VLAN (0 to 4095). */
    public Builder vlanMin(int vlanMin) {
      return set("vlan_min", Validate.range(vlanMin, 0, 4095, "vlan_min"));
    }

    /** The highest VLAN (0 to 4095). */
    public Builder vlanMax(int vlanMax) {
      return set("vlan_max", Validate.range(vlanMax, 0, 4095, "vlan_max"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when a rule of the whole body is broken
     */
    public CustomDeviceCriterionCreate build() {
      if (fields().isEmpty()) {
        throw new IllegalArgumentException("CustomDeviceCriterionCreate: set at least one field");
      }
      return new CustomDeviceCriterionCreate(this);
    }
  }
}
