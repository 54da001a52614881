package io.netobs.extrahop.request;

import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.internal.Validate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /detections/search} looks for: the detections matching a {@link DetectionFilter}
 * in time windows, in an order, fetched {@code pageSize} at a time with {@code limit} and {@code
 * offset}. Immutable; made by a {@link Builder}.
 *
 * <pre>{@code
 * DetectionQuery.builder()
 *     .filter(DetectionFilter.builder().categories("sec").riskScoreMin(60).statusNone().build())
 *     .from(ExtraHopTime.ago(Duration.ofHours(24)))
 *     .sortDescending("risk_score")
 *     .build()
 * }</pre>
 */
public final class DetectionQuery {
  /** The page size when none is set: small pages an appliance answers quickly. */
  public static final int DEFAULT_PAGE_SIZE = 200;

  private final DetectionFilter filter;
  private final ExtraHopTime from;
  private final ExtraHopTime until;
  private final ExtraHopTime modTime;
  private final ExtraHopTime createTime;
  private final ExtraHopTime updateTime;
  private final Boolean includeActivityLog;
  private final List<Map<String, String>> sort;
  private final int pageSize;
  private final long offset;

  private DetectionQuery(Builder b) {
    this.filter = b.filter;
    this.from = b.from;
    this.until = b.until;
    this.modTime = b.modTime;
    this.createTime = b.createTime;
    this.updateTime = b.updateTime;
    this.includeActivityLog = b.includeActivityLog;
    this.sort = List.copyOf(b.sort);
    this.pageSize = b.pageSize;
    this.offset = b.offset;
  }

  /** A builder of a search for every detection, in the API's order, 200 a page. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.filter = filter;
    b.from = from;
    b.until = until;
    b.modTime = modTime;
    b.createTime = createTime;
    b.updateTime = updateTime;
    b.includeActivityLog = includeActivityLog;
    b.sort.addAll(sort);
    b.pageSize = pageSize;
    b.offset = offset;
    return b;
  }

  /** The filter, or null for every detection. */
  public @Nullable DetectionFilter filter() {
    return filter;
  }

  /** How many detections each request asks for. */
  public int pageSize() {
    return pageSize;
  }

  /** How many matching detections to skip before the first. */
  public long offset() {
    return offset;
  }

  /**
   * The body of one request of this search: the page at {@code offset} of {@code limit} detections,
   * with {@code id_only} when only the ids are wanted.
   */
  public Map<String, Object> toBody(long offset, int limit, boolean idOnly) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (filter != null) {
      body.put("filter", filter.toMap());
    }
    putTime(body, "from", from);
    putTime(body, "until", until);
    putTime(body, "mod_time", modTime);
    putTime(body, "create_time", createTime);
    putTime(body, "update_time", updateTime);
    if (idOnly) {
      body.put("id_only", true);
    } else if (includeActivityLog != null) {
      body.put("include_activity_log", includeActivityLog);
    }
    if (!sort.isEmpty()) {
      body.put("sort", sort);
    }
    body.put("limit", limit);
    body.put("offset", offset);
    return body;
  }

  private static void putTime(Map<String, Object> body, String name, ExtraHopTime time) {
    if (time != null) {
      body.put(name, time.jsonValue());
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DetectionQuery q
        && q.toBody(offset, pageSize, false).equals(toBody(offset, pageSize, false));
  }

  @Override
  public int hashCode() {
    return Objects.hash(toBody(offset, pageSize, false));
  }

  @Override
  public String toString() {
    return "DetectionQuery" + toBody(offset, pageSize, false);
  }

  /** Builds a {@link DetectionQuery}; each setter checks its value at once. */
  public static final class Builder {
    private DetectionFilter filter;
    private ExtraHopTime from;
    private ExtraHopTime until;
    private ExtraHopTime modTime;
    private ExtraHopTime createTime;
    private ExtraHopTime updateTime;
    private Boolean includeActivityLog;
    private final List<Map<String, String>> sort = new ArrayList<>();
    private int pageSize = DEFAULT_PAGE_SIZE;
    private long offset;

    private Builder() {}

    /** Only the detections matching {@code filter}; every detection when not set. */
    public Builder filter(DetectionFilter filter) {
      this.filter = Validate.notNull(filter, "filter");
      return this;
    }

    /**
     * Detections that occurred after {@code from} ({@code from}); one that started before and was
     * still ongoing then is included.
     */
    public Builder from(ExtraHopTime from) {
      this.from = Validate.notNull(from, "from");
      return this;
    }

    /** Detections that ended before {@code until} ({@code until}). */
    public Builder until(ExtraHopTime until) {
      this.until = Validate.notNull(until, "until");
      return this;
    }

    /**
     * Detections modified after {@code modTime} ({@code mod_time}): what a poller that picks up new
     * and changed detections sends, with the time of its last poll.
     */
    public Builder modTime(ExtraHopTime modTime) {
      this.modTime = Validate.notNull(modTime, "mod_time");
      return this;
    }

    /** Detections created after {@code createTime} ({@code create_time}). */
    public Builder createTime(ExtraHopTime createTime) {
      this.createTime = Validate.notNull(createTime, "create_time");
      return this;
    }

    /** Detections whose events last occurred after {@code updateTime} ({@code update_time}). */
    public Builder updateTime(ExtraHopTime updateTime) {
      this.updateTime = Validate.notNull(updateTime, "update_time");
      return this;
    }

    /**
     * Whether each detection comes with its activity log ({@code include_activity_log}); the
     * appliance then leaves the top-level participants and properties out.
     */
    public Builder includeActivityLog(boolean includeActivityLog) {
      this.includeActivityLog = includeActivityLog;
      return this;
    }

    /**
     * Orders by {@code field} ascending, after the orders set before ({@code {"field": ..,
     * "direction": "asc"}}).
     */
    public Builder sortAscending(String field) {
      return sort(field, "asc");
    }

    /** Orders by {@code field} descending, after the orders set before. */
    public Builder sortDescending(String field) {
      return sort(field, "desc");
    }

    private Builder sort(String field, String direction) {
      Validate.notBlank(field, "sort field");
      Map<String, String> order = new LinkedHashMap<>();
      order.put("field", field);
      order.put("direction", direction);
      sort.add(Collections.unmodifiableMap(order));
      return this;
    }

    /** How many detections each request asks for ({@code limit}, at least 1; 200 if not set). */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** How many matching detections to skip before the first ({@code offset}, not negative). */
    public Builder offset(long offset) {
      this.offset = Validate.nonNegative(offset, "offset");
      return this;
    }

    /** The query. */
    public DetectionQuery build() {
      return new DetectionQuery(this);
    }
  }
}
