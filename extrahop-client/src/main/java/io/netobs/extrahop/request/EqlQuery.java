package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ExtraHop Query Language search of detection logs or network users ({@code POST
 * /search/eql/{resource}}, firmware 26.3): the query, and the paging ({@code limit} and {@code
 * offset}). Immutable; made by {@link #builder()}.
 *
 * <pre>{@code
 * EqlQuery query = EqlQuery.builder()
 *     .eql("victimAddr = '10.10.10.10' | sort by startTime desc")
 *     .pageSize(1000)
 *     .build();
 * }</pre>
 */
public final class EqlQuery {
  /** The page size used when none is given. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final String eql;
  private final int pageSize;
  private final long offset;

  private EqlQuery(Builder b) {
    this.eql = b.eql;
    this.pageSize = b.pageSize;
    this.offset = b.offset;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.eql = eql;
    b.pageSize = pageSize;
    b.offset = offset;
    return b;
  }

  /** The EQL query text. */
  public String eql() {
    return eql;
  }

  /** The number of entries asked for per request ({@code limit}). */
  public int pageSize() {
    return pageSize;
  }

  /** The number of entries skipped before the first ({@code offset}). */
  public long offset() {
    return offset;
  }

  /** The body of one request of this query: the page at {@code offset} of {@code limit} entries. */
  public Map<String, Object> toBody(long offset, int limit) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("eql", eql);
    body.put("limit", limit);
    body.put("offset", offset);
    return body;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EqlQuery q
        && q.eql.equals(eql)
        && q.pageSize == pageSize
        && q.offset == offset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(eql, pageSize, offset);
  }

  @Override
  public String toString() {
    return "EqlQuery" + toBody(offset, pageSize);
  }

  /** Builds an {@link EqlQuery}; each setter checks its value at once. */
  public static final class Builder {
    private String eql;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private long offset;

    private Builder() {}

    /** The query, in the ExtraHop Query Language ({@code eql}, required). */
    public Builder eql(String eql) {
      this.eql = Validate.notBlank(eql, "eql");
      return this;
    }

    /** The number of entries per request ({@code limit}), at least 1. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("limit must be at least 1, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** The number of matching entries to skip ({@code offset}), not negative. */
    public Builder offset(long offset) {
      this.offset = Validate.nonNegative(offset, "offset");
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException when {@code eql} was not set
     */
    public EqlQuery build() {
      if (eql == null) {
        throw new IllegalArgumentException("EqlQuery: eql is required");
      }
      return new EqlQuery(this);
    }
  }
}
