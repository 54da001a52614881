package io.netobs.kentik.synthetics.request;

import io.netobs.http.RequestBody;

/**
 * A new synthetic test: its name, type and settings.
 *
 * <pre>{@code
 * SyntheticsTestCreate ping = SyntheticsTestCreate.builder()
 *     .name("dns servers")
 *     .type("ip")
 *     .status(SyntheticsTestStatus.ACTIVE)
 *     .settings(settings)
 *     .build();
 * }</pre>
 */
public final class SyntheticsTestCreate extends RequestBody {
  private SyntheticsTestCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a {@link SyntheticsTestCreate}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SyntheticsTestCreate}. */
  public static final class Builder extends SyntheticsTestFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when {@code name} or {@code type} is missing
     */
    public SyntheticsTestCreate build() {
      require("SyntheticsTestCreate", "name", "type");
      return new SyntheticsTestCreate(this);
    }
  }
}
