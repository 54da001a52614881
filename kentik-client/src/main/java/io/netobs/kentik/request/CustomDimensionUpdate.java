package io.netobs.kentik.request;

import java.util.Map;

/**
 * The change to make to a custom dimension: its display name, the only thing that can change.
 *
 * <pre>{@code
 * client.customDimensions().update(9, CustomDimensionUpdate.builder().displayName("World region").build());
 * }</pre>
 */
public final class CustomDimensionUpdate extends BodyRequest {
  private CustomDimensionUpdate(Map<String, Object> body) {
    super(body);
  }

  /** A builder for the change to a custom dimension. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return new Builder().copy(this);
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
      return new CustomDimensionUpdate(changes("custom dimension"));
    }
  }
}
