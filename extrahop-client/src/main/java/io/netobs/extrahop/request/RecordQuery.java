package io.netobs.extrahop.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.netobs.extrahop.model.RecordCursorForm;
import io.netobs.extrahop.model.RecordSortDirection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The body of {@code POST /records/search}: a time range, record types, a filter or an EQL query,
 * sort keys, a page size and offset, and optionally the fields to group records by. Immutable; made
 * by {@link #builder()}, which checks every field before anything is sent.
 *
 * <pre>{@code
 * RecordQuery query = RecordQuery.builder()
 *     .from(ExtraHopTime.ago(Duration.ofMinutes(15)))
 *     .types("~http")
 *     .filter(RecordFilter.builder().and(
 *         RecordFilter.builder().field("method").operator(RecordOperator.EQUALS).operand("GET").build(),
 *         RecordFilter.builder().field("statusCode").operator(RecordOperator.EQUALS).operand("404").build()).build())
 *     .limit(100)
 *     .build();
 * }</pre>
 *
 * <p>With {@link Builder#aggregations(String...)}, the appliance answers groups of records (the
 * values of the grouping fields and a count) instead of records, and {@code limit} counts groups
 * (at most {@value #MAX_GROUPS}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "from",
  "until",
  "types",
  "filter",
  "eql",
  "sort",
  "aggregations",
  "limit",
  "offset",
  "context_ttl"
})
public final class RecordQuery extends TimeRangeQuery {
  /** The largest {@code limit} the API accepts. */
  public static final int MAX_LIMIT = 10_000;

  /** The largest {@code limit} the API accepts when records are grouped ({@code aggregations}). */
  public static final int MAX_GROUPS = 1_000;

  private static final Set<String> MODELLED =
      Set.of(
          "from",
          "until",
          "types",
          "filter",
          "eql",
          "sort",
          "aggregations",
          "limit",
          "offset",
          "context_ttl");

  private final List<String> types;
  private final RecordFilter filter;
  private final String eql;
  private final List<Map<String, String>> sort;
  private final List<String> aggregations;
  private final Integer limit;
  private final Integer offset;
  private final Duration contextTtl;
  private final RecordCursorForm cursorForm;

  private RecordQuery(Builder b) {
    super(b);
    this.types = List.copyOf(b.types);
    this.filter = b.filter;
    this.eql = b.eql;
    this.sort = List.copyOf(b.sort);
    this.aggregations = List.copyOf(b.aggregations);
    this.limit = b.limit;
    this.offset = b.offset;
    this.contextTtl = b.contextTtl;
    this.cursorForm = b.cursorForm;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values, to derive another query from it. */
  public Builder toBuilder() {
    Builder b = copyRangeInto(new Builder());
    b.types.addAll(types);
    b.filter = filter;
    b.eql = eql;
    b.sort.addAll(sort);
    b.aggregations.addAll(aggregations);
    b.limit = limit;
    b.offset = offset;
    b.contextTtl = contextTtl;
    b.cursorForm = cursorForm;
    return b;
  }

  /** The record types searched (e.g. {@code "~http"}); empty means all. */
  @JsonProperty("types")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public List<String> types() {
    return types;
  }

  /** The filter; absent means every record of the types and range. */
  @JsonIgnore
  public Optional<RecordFilter> filter() {
    return Optional.ofNullable(filter);
  }

  @JsonProperty("filter")
  RecordFilter filterValue() {
    return filter;
  }

  /** The query in the ExtraHop Query Language ({@code eql}); absent when not set. */
  @JsonIgnore
  public Optional<String> eql() {
    return Optional.ofNullable(eql);
  }

  @JsonProperty("eql")
  String eqlValue() {
    return eql;
  }

  /**
   * The sort keys in priority order, each {@code {"field", "direction"}}; empty means the
   * appliance's order.
   */
  @JsonProperty("sort")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public List<Map<String, String>> sort() {
    return sort;
  }

  /** The fields records are grouped by ({@code aggregations.fields}); empty when not grouped. */
  @JsonIgnore
  public List<String> aggregations() {
    return aggregations;
  }

  @JsonProperty("aggregations")
  Map<String, Object> aggregationsValue() {
    return aggregations.isEmpty() ? null : Map.of("fields", aggregations);
  }

  /** The number of matching records skipped ({@code offset}); absent means none. */
  @JsonIgnore
  public OptionalInt offset() {
    return offset == null ? OptionalInt.empty() : OptionalInt.of(offset);
  }

  @JsonProperty("offset")
  Integer offsetValue() {
    return offset;
  }

  /** The page size (at most {@value #MAX_LIMIT}); absent means the appliance's default. */
  @JsonIgnore
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  @JsonProperty("limit")
  Integer limitValue() {
    return limit;
  }

  /**
   * How long the appliance keeps the search's cursor alive between pages; absent means its default.
   */
  @JsonIgnore
  public Optional<Duration> contextTtl() {
    return Optional.ofNullable(contextTtl);
  }

  @JsonProperty("context_ttl")
  Long contextTtlMillis() {
    return contextTtl == null ? null : contextTtl.toMillis();
  }

  /** The cursor form for this query's next pages; absent means the resource's choice. */
  @JsonIgnore
  public Optional<RecordCursorForm> cursorForm() {
    return Optional.ofNullable(cursorForm);
  }

  @Override
  public String toString() {
    return "RecordQuery[from="
        + from()
        + until().map(u -> ", until=" + u).orElse("")
        + ", types="
        + types
        + (filter == null ? "" : ", filter=" + filter)
        + (eql == null ? "" : ", eql=" + eql)
        + (sort.isEmpty() ? "" : ", sort=" + sort)
        + (aggregations.isEmpty() ? "" : ", aggregations=" + aggregations)
        + (limit == null ? "" : ", limit=" + limit)
        + (offset == null ? "" : ", offset=" + offset)
        + (contextTtl == null ? "" : ", contextTtl=" + contextTtl)
        + (extra().isEmpty() ? "" : ", extra=" + extra())
        + "]";
  }

  /** Builds a {@link RecordQuery}. */
  public static final class Builder extends RangeBuilder<Builder> {
    private final List<String> types = new ArrayList<>();
    private RecordFilter filter;
    private String eql;
    private final List<Map<String, String>> sort = new ArrayList<>();
    private final List<String> aggregations = new ArrayList<>();
    private Integer limit;
    private Integer offset;
    private Duration contextTtl;
    private RecordCursorForm cursorForm;

    private Builder() {
      super(MODELLED);
    }

    /** Replaces the record types, e.g. {@code "~http"}, {@code "~ssl_open"}. */
    public Builder types(String... types) {
      Objects.requireNonNull(types, "types must not be null");
      return types(Arrays.asList(types));
    }

    /** Replaces the record types. */
    public Builder types(List<String> types) {
      Objects.requireNonNull(types, "types must not be null");
      List<String> checked = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        String type = types.get(i);
        if (type == null || type.isBlank()) {
          throw new IllegalArgumentException("types[" + i + "] must not be blank");
        }
        checked.add(type.strip());
      }
      this.types.clear();
      this.types.addAll(checked);
      return this;
    }

    /** The filter. */
    public Builder filter(RecordFilter filter) {
      this.filter = Objects.requireNonNull(filter, "filter must not be null");
      return this;
    }

    /**
     * The query in the ExtraHop Query Language ({@code eql}), e.g. {@code "method = 'GET' and
     * statusCode >= 400"}; an alternative to {@link #filter(RecordFilter)}.
     */
    public Builder eql(String eql) {
      Objects.requireNonNull(eql, "eql must not be null");
      if (eql.isBlank()) {
        throw new IllegalArgumentException("eql must not be blank");
      }
      this.eql = eql;
      return this;
    }

    /**
     * Adds a sort key ({@code sort}): records are sorted by the keys in the order added.
     *
     * @param field the record field, e.g. {@code "timestamp"}
     * @param direction ascending or descending
     */
    public Builder sort(String field, RecordSortDirection direction) {
      Objects.requireNonNull(field, "sort field must not be null");
      Objects.requireNonNull(direction, "sort direction must not be null");
      if (field.isBlank()) {
        throw new IllegalArgumentException("sort field must not be blank");
      }
      Map<String, String> key = new LinkedHashMap<>();
      key.put("field", field.strip());
      key.put("direction", direction.value());
      sort.add(Collections.unmodifiableMap(key));
      return this;
    }

    /** Removes every sort key. */
    public Builder clearSort() {
      sort.clear();
      return this;
    }

    /**
     * Groups the matching records by these fields ({@code aggregations: {"fields": [...]}}): the
     * answer then holds one group per combination of values, with its count, and {@code limit}
     * counts groups (at most {@value RecordQuery#MAX_GROUPS}).
     */
    public Builder aggregations(String... fields) {
      Objects.requireNonNull(fields, "aggregations must not be null");
      List<String> checked = new ArrayList<>();
      for (int i = 0; i < fields.length; i++) {
        if (fields[i] == null || fields[i].isBlank()) {
          throw new IllegalArgumentException("aggregations[" + i + "] must not be blank");
        }
        checked.add(fields[i].strip());
      }
      if (checked.isEmpty()) {
        throw new IllegalArgumentException("aggregations needs at least one field");
      }
      aggregations.clear();
      aggregations.addAll(checked);
      return this;
    }

    /** The number of matching records to skip ({@code offset}), not negative. */
    public Builder offset(int offset) {
      if (offset < 0) {
        throw new IllegalArgumentException("offset must not be negative, was " + offset);
      }
      this.offset = offset;
      return this;
    }

    /**
     * The number of records per page.
     *
     * @throws IllegalArgumentException unless 1 &lt;= limit &lt;= {@value RecordQuery#MAX_LIMIT}
     */
    public Builder limit(int limit) {
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException(
            "limit must be between 1 and " + MAX_LIMIT + " (the API's maximum), was " + limit);
      }
      this.limit = limit;
      return this;
    }

    /**
     * How long the appliance keeps the cursor alive between pages ({@code context_ttl}); sent with
     * the search and with each next page.
     *
     * @throws IllegalArgumentException unless at least one millisecond
     */
    public Builder contextTtl(Duration contextTtl) {
      Objects.requireNonNull(contextTtl, "contextTtl must not be null");
      if (contextTtl.toMillis() < 1) {
        throw new IllegalArgumentException("contextTtl must be at least 1 ms, was " + contextTtl);
      }
      this.contextTtl = contextTtl;
      return this;
    }

    /** As {@link #contextTtl(Duration)}, in milliseconds. */
    public Builder contextTtlMillis(long millis) {
      if (millis < 1) {
        throw new IllegalArgumentException("contextTtl must be at least 1 ms, was " + millis);
      }
      this.contextTtl = Duration.ofMillis(millis);
      return this;
    }

    /** The cursor form for this query's next pages, overriding the resource's. */
    public Builder cursorForm(RecordCursorForm cursorForm) {
      this.cursorForm = Objects.requireNonNull(cursorForm, "cursorForm must not be null");
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalStateException when {@code from} was not set
     * @throws IllegalArgumentException when records are grouped and {@code limit} is above {@value
     *     RecordQuery#MAX_GROUPS}
     */
    public RecordQuery build() {
      requireFrom("time range, e.g. ExtraHopTime.ago(Duration.ofMinutes(15))");
      if (!aggregations.isEmpty() && limit != null && limit > MAX_GROUPS) {
        throw new IllegalArgumentException(
            "limit counts groups when aggregations are set and must be at most "
                + MAX_GROUPS
                + ", was "
                + limit);
      }
      return new RecordQuery(this);
    }
  }
}
