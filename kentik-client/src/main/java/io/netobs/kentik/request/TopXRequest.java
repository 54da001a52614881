package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a Query API call: a list of queries, each in a bucket ({@code {"queries": [{"query":
 * {...}, "bucket": "Left +Y Axis", "bucketIndex": 0}]}}). One query is the usual case, and the
 * query methods take a {@link TopXQuery} directly; several queries (e.g. traffic in and out on two
 * axes) need this request.
 *
 * <pre>{@code
 * TopXRequest inAndOut = TopXRequest.builder()
 *     .query(inbound, "Left +Y Axis", 0)
 *     .query(outbound, "Right +Y Axis", 0)
 *     .build();
 * }</pre>
 */
public final class TopXRequest extends RequestBody {
  /** The bucket a query goes into unless another is named: the chart's left axis. */
  public static final String DEFAULT_BUCKET = "Left +Y Axis";

  private TopXRequest(Builder builder) {
    super(builder);
  }

  /**
   * A builder with no query yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's queries, for a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link TopXRequest}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Adds a query in the {@link #DEFAULT_BUCKET}, with {@code bucketIndex} its position among the
     * queries.
     *
     * @param query the query
     * @return this builder
     * @throws IllegalArgumentException when it is null
     */
    public Builder query(TopXQuery query) {
      return query(query, DEFAULT_BUCKET, queryCount());
    }

    /**
     * Adds a query in a named bucket.
     *
     * @param query the query
     * @param bucket the bucket, e.g. {@code Left +Y Axis}
     * @param bucketIndex the query's index within its bucket
     * @return this builder
     * @throws IllegalArgumentException when the query or bucket is missing, or the index is
     *     negative
     */
    public Builder query(TopXQuery query, String bucket, int bucketIndex) {
      Rules.required(query, "query");
      Rules.requiredText(bucket, "bucket");
      if (bucketIndex < 0) {
        throw new IllegalArgumentException("bucketIndex must not be negative, was " + bucketIndex);
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("query", query.toMap());
      item.put("bucket", bucket);
      item.put("bucketIndex", bucketIndex);
      List<Object> all = new ArrayList<>();
      if (get("queries") instanceof List<?> before) {
        all.addAll(before);
      }
      all.add(Collections.unmodifiableMap(item));
      return set("queries", List.copyOf(all));
    }

    private int queryCount() {
      return get("queries") instanceof List<?> before ? before.size() : 0;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException when no query was added
     */
    public TopXRequest build() {
      if (queryCount() == 0) {
        throw new IllegalArgumentException("TopXRequest: queries is required: add a query");
      }
      return new TopXRequest(this);
    }
  }
}
