package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.CustomApplication;

/**
 * The new content of a custom application. The API replaces the application's name, description,
 * ip_range, protocol, port and asn with those sent, so the usual way to change one is to start from
 * the application as read:
 *
 * <pre>{@code
 * CustomApplication app = client.customApplications().list().get(0);
 * client.customApplications().update(app.id(), CustomApplicationUpdate.builder().from(app).port("8443").build());
 * }</pre>
 */
public final class CustomApplicationUpdate extends RequestBody {
  private CustomApplicationUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for a custom application's new content. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link CustomApplicationUpdate}. */
  public static final class Builder extends CustomApplicationFields<Builder> {
    private Builder() {}

    /**
     * Takes the name, description, ip_range, protocol, port and asn of {@code application}; setters
     * called afterwards change single fields.
     */
    public Builder from(CustomApplication application) {
      Rules.required(application, "application");
      if (application.name() != null) {
        name(application.name());
      }
      return description(application.description())
          .ipRange(application.ipRange())
          .protocol(application.protocol())
          .port(application.port())
          .asn(application.asn());
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when the name is missing
     */
    public CustomApplicationUpdate build() {
      require("CustomApplicationUpdate", "name");
      return new CustomApplicationUpdate(this);
    }
  }
}
