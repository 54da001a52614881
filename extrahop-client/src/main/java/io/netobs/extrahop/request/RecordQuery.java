package io.netobs.extrahop.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.netobs.extrahop.model.RecordCursorForm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The body of {@code POST /records/search}: a time range, record types, a filter and a page size.
 * Immutable; made by {@link #builder()}, which checks every field before anything is sent.
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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"from", "until", "types", "filter", "limit", "context_ttl"})
public final class RecordQuery extends TimeRangeQuery {
  /** The largest {@code limit} the API accepts. */
  public static final int MAX_LIMIT = 10_000;

  private static final Set<String> MODELLED =
      Set.of("from", "until", "types", "filter", "limit", "context_ttl");

  private final List<String> types;
  private final RecordFilter filter;
  private final Integer limit;
  private final Duration contextTtl;
  private final RecordCursorForm cursorForm;

  private RecordQuery(Builder b) {
    super(b);
    this.types = List.copyOf(b.types);
    this.filter = b.filter;
    this.limit = b.limit;
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
    b.limit = limit;
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
        + (limit == null ? "" : ", limit=" + limit)
        + (contextTtl == null ? "" : ", contextTtl=" + contextTtl)
        + (extra().isEmpty() ? "" : ", extra=" + extra())
        + "]";
  }

  /** Builds a {@link RecordQuery}. */
  public static final class Builder extends RangeBuilder<Builder> {
    private final List<String> types = new ArrayList<>();
    private RecordFilter filter;
    private Integer limit;
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
     */
    public RecordQuery build() {
      requireFrom("time range, e.g. ExtraHopTime.ago(Duration.ofMinutes(15))");
      return new RecordQuery(this);
    }
  }
}
