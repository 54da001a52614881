package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.DimensionType;

/**
 * A new custom dimension: its name, the type of its values and its display name, each checked as it
 * is set. A deleted dimension's name cannot be reused until the longest data retention of the
 * account's plans has passed.
 *
 * <pre>{@code
 * CustomDimensionCreate region = CustomDimensionCreate.builder()
 *     .name("c_region").type(DimensionType.STRING).displayName("Region").build();
 * }</pre>
 */
public final class CustomDimensionCreate extends RequestBody {
  private CustomDimensionCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a new custom dimension. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link CustomDimensionCreate}. */
  public static final class Builder extends CustomDimensionFields<Builder> {
    private Builder() {}

    /**
     * Sets {@code name}, used by the system and in SQL.
     *
     * @throws IllegalArgumentException unless it is {@code c_} followed by letters, digits, dashes
     *     or underscores, at most 20 characters in all
     */
    public Builder name(String name) {
      return set("name", Rules.dimensionName(name, "name"));
    }

    /**
     * Sets {@code type}, the type of the dimension's values.
     *
     * @throws IllegalArgumentException unless it is {@link DimensionType#STRING} or {@link
     *     DimensionType#UINT32}
     */
    public Builder type(DimensionType type) {
      return set("type", Rules.dimensionType(type, "type").value());
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException naming the field that is missing
     */
    public CustomDimensionCreate build() {
      require("CustomDimensionCreate", "name", "type", "display_name");
      return new CustomDimensionCreate(this);
    }
  }
}
