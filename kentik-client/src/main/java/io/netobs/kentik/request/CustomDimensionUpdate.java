package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * The change to make to a custom dimension: its display name, the only thing that can change.
 *
 * <pre>{@code
 * client.customDimensions().update(9, CustomDimensionUpdate.builder().displayName("World region").build());
 * }</pre>
 */
public final class CustomDimensionUpdate extends RequestBody {
  private CustomDimensionUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for the change to a custom dimension. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link CustomDimensionUpdate}. */
  public static final class Builder extends CustomDimensionFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when nothing changes
     */
    public CustomDimensionUpdate build() {
      requireAny("CustomDimensionUpdate");
      return new CustomDimensionUpdate(this);
    }
  }
}
