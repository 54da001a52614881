package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The body of {@code POST /cloud/connect}: connects this sensor to RevealX 360 with a token made in
 * RevealX 360. The token never appears in {@code toString()}.
 */
public final class CloudConnection extends RequestBody {
  private CloudConnection(Builder builder) {
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

  /** Builds a {@link CloudConnection}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The connection token made in RevealX 360 (secret, not blank). */
    public Builder cloudToken(String cloudToken) {
      return setSecret("cloud_token", Validate.notBlank(cloudToken, "cloud_token"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code cloud_token} is not set
     */
    public CloudConnection build() {
      require("CloudConnection", "cloud_token");
      return new CloudConnection(this);
    }
  }
}
