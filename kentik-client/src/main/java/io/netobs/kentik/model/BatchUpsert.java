package io.netobs.kentik.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A value and criteria for the Batch API: each criterion with the value defines one tag (the value is the
 * tag's name) or one populator (the value goes into the dimension's column).
 *
 * <p>For a large sync, give the batch one {@code BatchUpsert} per criterion as they come (from a file,
 * a database cursor): consecutive upserts with the same value share one entry on the wire.
 */
public final class BatchUpsert {
  private final String value;
  private final List<Criterion> criteria;

  private BatchUpsert(String value, List<Criterion> criteria) {
    this.value = value;
    this.criteria = criteria;
  }

  /**
   * An upsert of {@code value} with its criteria.
   *
   * @throws IllegalArgumentException when the value is blank or there is no criterion
   */
  public static BatchUpsert of(String value, Criterion... criteria) {
    return of(value, Arrays.asList(Objects.requireNonNull(criteria, "criteria must not be null")));
  }

  /**
   * An upsert of {@code value} with its criteria.
   *
   * @throws IllegalArgumentException when the value is blank or there is no criterion
   */
  public static BatchUpsert of(String value, List<Criterion> criteria) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("value is required for an upsert and must not be blank");
    }
    Objects.requireNonNull(criteria, "criteria must not be null");
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("an upsert of \"" + value + "\" needs at least one criterion");
    }
    for (Criterion c : criteria) {
      if (c == null) {
        throw new IllegalArgumentException("the criteria of \"" + value + "\" must not contain null");
      }
    }
    return new BatchUpsert(value, List.copyOf(criteria));
  }

  /** The tag name, or the populator value. */
  public String value() {
    return value;
  }

  /** The criteria, at least one. */
  public List<Criterion> criteria() {
    return criteria;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchUpsert u && u.value.equals(value) && u.criteria.equals(criteria);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, criteria);
  }

  @Override
  public String toString() {
    return "BatchUpsert[value=" + value + ", criteria=" + criteria + "]";
  }
}
