package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.Map;

/**
 * The body of {@code PATCH /extrahop/services}: turns services of the appliance on or off, each
 * sent as {@code {"<service>": {"enabled": true|false}}}. Only the services set are sent.
 */
public final class ServiceSettingsUpdate extends RequestBody {
  private ServiceSettingsUpdate(Builder builder) {
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

  /** Builds a {@link ServiceSettingsUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** Turns the SNMP service on or off. */
    public Builder snmp(boolean enabled) {
      return service("snmp", enabled);
    }

    /** Turns SSH access on or off. */
    public Builder ssh(boolean enabled) {
      return service("ssh", enabled);
    }

    /**
     * Turns the web interface on or off. Turning it off locks every browser user out until it is
     * turned on again through the REST API or the console.
     */
    public Builder gui(boolean enabled) {
      return service("gui", enabled);
    }

    /** Turns the redirect from port 80 to HTTPS on or off. */
    public Builder port80(boolean enabled) {
      return service("port80", enabled);
    }

    /** Turns a service this release has no setter for on or off, by its name (not blank). */
    public Builder service(String name, boolean enabled) {
      return set(Validate.notBlank(name, "name"), Map.of("enabled", enabled));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no service is set
     */
    public ServiceSettingsUpdate build() {
      requireAny("ServiceSettingsUpdate");
      return new ServiceSettingsUpdate(this);
    }
  }
}
