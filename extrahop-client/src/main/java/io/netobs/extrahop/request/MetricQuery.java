package io.netobs.extrahop.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.netobs.extrahop.model.Cycle;
import io.netobs.extrahop.model.ObjectType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The body of {@code POST /metrics}, {@code /metrics/total} and {@code /metrics/totalbyobject}.
 * Immutable; made by {@link #builder()}, which checks it before anything is sent.
 *
 * <pre>{@code
 * MetricQuery query = MetricQuery.builder()
 *     .cycle(Cycle.AUTO)
 *     .from(ExtraHopTime.ago(Duration.ofMinutes(30)))
 *     .until(ExtraHopTime.now())
 *     .category("http_client")
 *     .metric(MetricSpec.builder().name("req").build())
 *     .objectType(ObjectType.DEVICE)
 *     .objectIds(9363)
 *     .build();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "cycle",
  "from",
  "until",
  "metric_category",
  "metric_specs",
  "object_type",
  "object_ids"
})
public final class MetricQuery extends TimeRangeQuery {
  private static final Set<String> MODELLED =
      Set.of(
          "cycle", "from", "until", "metric_category", "metric_specs", "object_type", "object_ids");

  private final Cycle cycle;
  private final String category;
  private final List<MetricSpec> metrics;
  private final ObjectType objectType;
  private final List<Long> objectIds;

  private MetricQuery(Builder b) {
    super(b);
    this.cycle = b.cycle;
    this.category = b.category;
    this.metrics = List.copyOf(b.metrics);
    this.objectType = b.objectType;
    this.objectIds = List.copyOf(b.objectIds);
  }

  /** A new builder; the cycle starts as {@link Cycle#AUTO}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values. */
  public Builder toBuilder() {
    Builder b = copyRangeInto(new Builder());
    b.cycle = cycle;
    b.category = category;
    b.metrics.addAll(metrics);
    b.objectType = objectType;
    b.objectIds.addAll(objectIds);
    return b;
  }

  /** The aggregation cycle. */
  @JsonProperty("cycle")
  public Cycle cycle() {
    return cycle;
  }

  /** The metric category, e.g. {@code "http_client"}. */
  @JsonProperty("metric_category")
  public String category() {
    return category;
  }

  /** The metrics asked for. */
  @JsonProperty("metric_specs")
  public List<MetricSpec> metrics() {
    return metrics;
  }

  /** The kind of object. */
  @JsonProperty("object_type")
  public ObjectType objectType() {
    return objectType;
  }

  /** The objects' ids. */
  @JsonProperty("object_ids")
  public List<Long> objectIds() {
    return objectIds;
  }

  @Override
  public String toString() {
    return "MetricQuery[cycle="
        + cycle
        + ", from="
        + from()
        + until().map(u -> ", until=" + u).orElse("")
        + ", category="
        + category
        + ", metrics="
        + metrics
        + ", objectType="
        + objectType
        + ", objectIds="
        + objectIds
        + (extra().isEmpty() ? "" : ", extra=" + extra())
        + "]";
  }

  /** Builds a {@link MetricQuery}. */
  public static final class Builder extends RangeBuilder<Builder> {
    private Cycle cycle = Cycle.AUTO;
    private String category;
    private final List<MetricSpec> metrics = new ArrayList<>();
    private ObjectType objectType;
    private final List<Long> objectIds = new ArrayList<>();

    private Builder() {
      super(MODELLED);
    }

    /** The aggregation cycle; {@link Cycle#AUTO} unless set. */
    public Builder cycle(Cycle cycle) {
      this.cycle = Objects.requireNonNull(cycle, "cycle must not be null");
      return this;
    }

    /** The metric category (required), e.g. {@code "http_client"}. */
    public Builder category(String category) {
      if (category == null || category.isBlank()) {
        throw new IllegalArgumentException("category must not be blank");
      }
      this.category = category.strip();
      return this;
    }

    /** Adds metrics (at least one is required). */
    public Builder metric(MetricSpec... specs) {
      Objects.requireNonNull(specs, "specs must not be null");
      return metrics(Arrays.asList(specs));
    }

    /** Adds metrics. */
    public Builder metrics(List<MetricSpec> specs) {
      Objects.requireNonNull(specs, "specs must not be null");
      for (int i = 0; i < specs.size(); i++) {
        if (specs.get(i) == null) {
          throw new NullPointerException("metric spec " + i + " must not be null");
        }
      }
      metrics.addAll(specs);
      return this;
    }

    /** The kind of object (required). */
    public Builder objectType(ObjectType objectType) {
      this.objectType = Objects.requireNonNull(objectType, "objectType must not be null");
      return this;
    }

    /**
     * Replaces the objects' ids (at least one is required).
     *
     * @throws IllegalArgumentException when an id is negative
     */
    public Builder objectIds(long... ids) {
      Objects.requireNonNull(ids, "objectIds must not be null");
      List<Long> list = new ArrayList<>();
      for (long id : ids) {
        list.add(id);
      }
      return objectIds(list);
    }

    /** Replaces the objects' ids. */
    public Builder objectIds(List<Long> ids) {
      Objects.requireNonNull(ids, "objectIds must not be null");
      for (int i = 0; i < ids.size(); i++) {
        Long id = ids.get(i);
        if (id == null || id < 0) {
          throw new IllegalArgumentException("objectIds[" + i + "] must be an id >= 0, was " + id);
        }
      }
      objectIds.clear();
      objectIds.addAll(ids);
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalStateException when from, category, a metric, the object type or the object
     *     ids are missing, or when an absolute {@code from} is after an absolute {@code until}
     */
    public MetricQuery build() {
      requireFrom("range, e.g. ExtraHopTime.ago(Duration.ofMinutes(30))");
      if (category == null) {
        throw new IllegalStateException(
            "category is required: the metric category, e.g. \"http_client\"");
      }
      if (metrics.isEmpty()) {
        throw new IllegalStateException(
            "at least one metric is required, e.g. metric(MetricSpec.builder().name(\"req\").build())");
      }
      if (objectType == null) {
        throw new IllegalStateException("objectType is required, e.g. ObjectType.DEVICE");
      }
      if (objectIds.isEmpty()) {
        throw new IllegalStateException(
            "objectIds must not be empty: name at least one " + objectType + " id");
      }
      if (until != null
          && !from.isRelative()
          && !until.isRelative()
          && from.toEpochMillis(Instant.EPOCH) > until.toEpochMillis(Instant.EPOCH)) {
        throw new IllegalStateException(
            "from (" + from + ") must not be after until (" + until + ")");
      }
      return new MetricQuery(this);
    }
  }
}
