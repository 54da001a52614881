package io.netobs.kentik.request;

import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.DimensionType;

/**
 * A new custom dimension: its name, the type of its values and its display name, each checked as it is
 * set. A deleted dimension's name cannot be reused until the longest data retention of the account's
 * plans has passed.
 *
 * <pre>{@code
 * CustomDimensionCreate region = CustomDimensionCreate.builder()
 *     .name("c_region").type(DimensionType.STRING).displayName("Region").build();
 * }</pre>
 */
public final class CustomDimensionCreate {
  private final String name;
  private final DimensionType type;
  private final String displayName;

  private CustomDimensionCreate(String name, DimensionType type, String displayName) {
    this.name = name;
    this.type = type;
    this.displayName = displayName;
  }

  /** A builder for a new custom dimension. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, for a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.type = type;
    b.displayName = displayName;
    return b;
  }

  /** The name used by the system and in SQL ({@code c_...}). */
  public String name() {
    return name;
  }

  /** The type of the dimension's values. */
  public DimensionType type() {
    return type;
  }

  /** The name shown in the portal. */
  public String displayName() {
    return displayName;
  }

  @Override
  public String toString() {
    return "CustomDimensionCreate[name=" + name + ", type=" + type + ", displayName=" + displayName + "]";
  }

  /** Builds a {@link CustomDimensionCreate}. */
  public static final class Builder {
    private String name;
    private DimensionType type;
    private String displayName;

    private Builder() {}

    /**
     * Sets {@code name}.
     *
     * @throws IllegalArgumentException unless it is {@code c_} followed by letters, digits or
     *     underscores, at most 20 characters in all
     */
    public Builder name(String name) {
      this.name = Rules.dimensionName(name, "name");
      return this;
    }

    /**
     * Sets {@code type}.
     *
     * @throws IllegalArgumentException unless it is {@link DimensionType#STRING} or {@link DimensionType#UINT32}
     */
    public Builder type(DimensionType type) {
      this.type = Rules.dimensionType(type, "type");
      return this;
    }

    /**
     * Sets {@code display_name}.
     *
     * @throws IllegalArgumentException unless it is 2-30 letters, digits, spaces, dashes or underscores
     */
    public Builder displayName(String displayName) {
      this.displayName = Rules.displayName(displayName, "display_name");
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException naming the field that is missing
     */
    public CustomDimensionCreate build() {
      Rules.required(name, "name");
      Rules.required(type, "type");
      Rules.required(displayName, "display_name");
      return new CustomDimensionCreate(name, type, displayName);
    }
  }
}
