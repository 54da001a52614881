package io.netobs.kentik.model;

import io.netobs.kentik.internal.Rules;

/**
 * A new custom dimension. Note that a deleted dimension's name cannot be reused until the longest data
 * retention of the account's plans has passed.
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

  /**
   * A new dimension, checked against the API's rules.
   *
   * @param name        {@code c_} followed by letters, digits or underscores, at most 20 characters in all
   * @param type        {@link DimensionType#STRING} or {@link DimensionType#UINT32}
   * @param displayName 2-30 letters, digits, spaces, dashes or underscores
   * @throws IllegalArgumentException naming the field and the rule it breaks
   */
  public static CustomDimensionCreate of(String name, DimensionType type, String displayName) {
    Rules.dimensionName(name, "name");
    Rules.dimensionType(type, "type");
    Rules.displayName(displayName, "display_name");
    return new CustomDimensionCreate(name, type, displayName);
  }

  public String name() {
    return name;
  }

  public DimensionType type() {
    return type;
  }

  public String displayName() {
    return displayName;
  }

  @Override
  public String toString() {
    return "CustomDimensionCreate[name=" + name + ", type=" + type + ", displayName=" + displayName + "]";
  }
}
