package io.netobs.kentik.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value and criteria for the Batch API: each criterion with the value defines one tag (the value
 * is the tag's name) or one populator (the value goes into the dimension's column).
 *
 * <pre>{@code
 * BatchUpsert web = BatchUpsert.builder().value("web").criteria(Criterion.builder().port("443").build()).build();
 * }</pre>
 *
 * <p>For a large sync, give the batch one {@code BatchUpsert} per criterion as they come (from a
 * file, a database cursor): consecutive upserts with the same value share one entry on the wire.
 */
public final class BatchUpsert {
  private final String value;
  private final List<Criterion> criteria;

  private BatchUpsert(String value, List<Criterion> criteria) {
    this.value = value;
    this.criteria = criteria;
  }

  /** A builder for an upsert; set its value and at least one criterion. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this upsert's value and criteria, for a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.value = value;
    b.criteria.addAll(criteria);
    return b;
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
  public boolean equals(@Nullable Object o) {
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

  /** Builds a {@link BatchUpsert}. */
  public static final class Builder {
    private String value;
    private final List<Criterion> criteria = new ArrayList<>(1);

    private Builder() {}

    /**
     * Sets the tag name, or the populator value; the rules of the batch's target are checked when
     * it is sent.
     *
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder value(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("value is required for an upsert and must not be blank");
      }
      this.value = value;
      return this;
    }

    /**
     * Adds criteria.
     *
     * @throws IllegalArgumentException when one is null
     */
    public Builder criteria(Criterion... criteria) {
      return criteria(Arrays.asList(Objects.requireNonNull(criteria, "criteria must not be null")));
    }

    /**
     * Adds criteria.
     *
     * @throws IllegalArgumentException when one is null
     */
    public Builder criteria(List<Criterion> criteria) {
      Objects.requireNonNull(criteria, "criteria must not be null");
      for (Criterion c : criteria) {
        if (c == null) {
          throw new IllegalArgumentException("the criteria of an upsert must not contain null");
        }
      }
      this.criteria.addAll(criteria);
      return this;
    }

    /**
     * Builds the upsert.
     *
     * @throws IllegalArgumentException when the value is missing or there is no criterion
     */
    public BatchUpsert build() {
      if (value == null) {
        throw new IllegalArgumentException("value is required for an upsert and must not be blank");
      }
      if (criteria.isEmpty()) {
        throw new IllegalArgumentException(
            "an upsert of \"" + value + "\" needs at least one criterion");
      }
      return new BatchUpsert(value, List.copyOf(criteria));
    }
  }
}
