package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * A new custom application: traffic recognised by addresses, protocol, ports and ASNs.
 *
 * <pre>{@code
 * CustomApplicationCreate intranet = CustomApplicationCreate.builder()
 *     .name("intranet").ipRange("10.0.0.0/8").protocol("6").port("80,443").build();
 * }</pre>
 */
public final class CustomApplicationCreate extends RequestBody {
  private CustomApplicationCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a new custom application. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link CustomApplicationCreate}. */
  public static final class Builder extends CustomApplicationFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when the name is missing
     */
    public CustomApplicationCreate build() {
      require("CustomApplicationCreate", "name");
      return new CustomApplicationCreate(this);
    }
  }
}
