package io.netobs.extrahop.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.model.CalcType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One metric of a metric query ({@code metric_specs[]}): its name, optional keys and calculation.
 * Immutable; built by a {@link Builder} whose setters check their argument at once.
 *
 * <pre>{@code
 * MetricSpec.builder().name("req").build()
 * MetricSpec.builder().name("rsp").key1("/^2/").calcType(CalcType.MEAN).build()
 * MetricSpec.builder().name("tprocess").percentiles(50, 95, 99.9).build()   // sets calc_type "percentiles"
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class MetricSpec {
  private final String name;
  private final String key1;
  private final String key2;
  private final CalcType calcType;
  private final List<Number> percentiles;

  private MetricSpec(Builder b) {
    this.name = b.name;
    this.key1 = b.key1;
    this.key2 = b.key2;
    this.calcType = b.calcType;
    this.percentiles = b.percentiles;
  }

  /** A builder with nothing set; {@link Builder#name(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.key1 = key1;
    b.key2 = key2;
    b.calcType = calcType;
    b.percentiles = percentiles;
    return b;
  }

  /** The metric's name. */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** The first key filter. */
  @JsonIgnore
  public Optional<String> key1() {
    return Optional.ofNullable(key1);
  }

  @JsonProperty("key1")
  String key1Value() {
    return key1;
  }

  /** The second key filter. */
  @JsonIgnore
  public Optional<String> key2() {
    return Optional.ofNullable(key2);
  }

  @JsonProperty("key2")
  String key2Value() {
    return key2;
  }

  /** The calculation. */
  @JsonIgnore
  public Optional<CalcType> calcType() {
    return Optional.ofNullable(calcType);
  }

  @JsonProperty("calc_type")
  CalcType calcTypeValue() {
    return calcType;
  }

  /** The percentiles; empty unless the calculation is {@code percentiles}. */
  @JsonProperty("percentiles")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public List<Number> percentiles() {
    return percentiles == null ? List.of() : percentiles;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MetricSpec s
        && s.name.equals(name)
        && Objects.equals(s.key1, key1)
        && Objects.equals(s.key2, key2)
        && Objects.equals(s.calcType, calcType)
        && Objects.equals(s.percentiles, percentiles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, key1, key2, calcType, percentiles);
  }

  @Override
  public String toString() {
    return "MetricSpec["
        + name
        + (key1 == null ? "" : ", key1=" + key1)
        + (key2 == null ? "" : ", key2=" + key2)
        + (calcType == null ? "" : ", calcType=" + calcType)
        + (percentiles == null ? "" : ", percentiles=" + percentiles)
        + "]";
  }

  /** Builds a {@link MetricSpec}; each setter checks its value at once. */
  public static final class Builder {
    private String name;
    private String key1;
    private String key2;
    private CalcType calcType;
    private List<Number> percentiles;

    private Builder() {}

    /**
     * The metric's name (e.g. {@code "req"}).
     *
     * @throws IllegalArgumentException when {@code name} is blank
     */
    public Builder name(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("metric spec name must not be blank");
      }
      this.name = name.strip();
      return this;
    }

    /**
     * Filters a keyed metric by its first key: a value, or a regular expression written {@code
     * "/.../"}.
     */
    public Builder key1(String key1) {
      this.key1 = notBlank(key1, "key1");
      return this;
    }

    /** Filters a keyed metric by its second key. */
    public Builder key2(String key2) {
      this.key2 = notBlank(key2, "key2");
      return this;
    }

    /**
     * The calculation.
     *
     * @throws IllegalArgumentException when percentiles were set and the type is not {@code
     *     percentiles}
     */
    public Builder calcType(CalcType calcType) {
      Objects.requireNonNull(calcType, "calcType of metric spec '" + name + "' must not be null");
      if (percentiles != null && !calcType.equals(CalcType.PERCENTILES)) {
        throw new IllegalArgumentException(
            "metric spec '"
                + name
                + "' has percentiles, which need calcType \"percentiles\", not \""
                + calcType
                + "\"");
      }
      this.calcType = calcType;
      return this;
    }

    /**
     * As {@link #calcType(CalcType)}, from the wire value ({@code "mean"}, {@code "percentiles"},
     * ...).
     */
    public Builder calcType(String calcType) {
      return calcType(CalcType.of(calcType));
    }

    /**
     * The percentiles to calculate (each from 0 to 100); sets the calculation to {@code
     * percentiles}.
     *
     * @throws IllegalArgumentException when none is given, one is outside 0..100, or another
     *     calculation was set
     */
    public Builder percentiles(Number... percentiles) {
      Objects.requireNonNull(percentiles, "percentiles must not be null");
      if (percentiles.length == 0) {
        throw new IllegalArgumentException(
            "metric spec '" + name + "' needs at least one percentile");
      }
      if (calcType != null && !calcType.equals(CalcType.PERCENTILES)) {
        throw new IllegalArgumentException(
            "metric spec '"
                + name
                + "' has calcType \""
                + calcType
                + "\"; percentiles need calcType \"percentiles\"");
      }
      List<Number> checked = new ArrayList<>();
      for (int i = 0; i < percentiles.length; i++) {
        Number p = percentiles[i];
        if (p == null || !(p.doubleValue() >= 0 && p.doubleValue() <= 100)) {
          throw new IllegalArgumentException(
              "percentiles["
                  + i
                  + "] of metric spec '"
                  + name
                  + "' must be between 0 and 100, was "
                  + p);
        }
        checked.add(p);
      }
      this.calcType = CalcType.PERCENTILES;
      this.percentiles = List.copyOf(checked);
      return this;
    }

    private String notBlank(String value, String field) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            field + " of metric spec '" + name + "' must not be blank");
      }
      return value;
    }

    /**
     * The spec.
     *
     * @throws IllegalArgumentException when no name was set
     */
    public MetricSpec build() {
      if (name == null) {
        throw new IllegalArgumentException("metric spec name must not be blank");
      }
      return new MetricSpec(this);
    }
  }
}
