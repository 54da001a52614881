package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.FastData;
import io.netobs.kentik.model.FilterSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A query of the Query API (the {@code query} object of {@code topXdata}, {@code topXchart} and
 * {@code url}): what to measure ({@code metric}), how to group it ({@code dimension}), the figures
 * to compute ({@code aggregates}), the time range, the devices and the filters.
 *
 * <pre>{@code
 * TopXQuery topTalkers = TopXQuery.builder()
 *     .metric("bytes")
 *     .dimensions("IP_src")
 *     .aggregate(TopXAggregate.builder().name("avg_bits_per_sec").column("f_sum_both_bytes")
 *         .function(AggregateFunction.AVERAGE).raw(true).build())
 *     .topx(10)
 *     .lookback(Duration.ofHours(1))
 *     .allDevices()
 *     .build();
 * }</pre>
 *
 * <p>Fields are sent as Kentik's knowledge base documents them: {@code metric} as one string,
 * filters as {@code filters_obj}, {@code device_name} as a comma-separated string, and absolute
 * times as {@code YYYY-MM-DD HH:mm:00} in UTC. {@code field(name, value)} sends anything else.
 */
public final class TopXQuery extends RequestBody {
  /** Kentik's format for absolute query times: minutes, in UTC. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:00", Locale.ROOT).withZone(ZoneOffset.UTC);

  private TopXQuery(Builder builder) {
    super(builder);
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's fields, for a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link TopXQuery}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Sets {@code metric}, the unit the query measures.
     *
     * @param metric e.g. {@code bytes}, {@code packets}, {@code in_bytes}
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder metric(String metric) {
      return set("metric", Rules.requiredText(metric, "metric"));
    }

    /**
     * Sets {@code dimension}, the group-by dimensions.
     *
     * @param dimensions e.g. {@code IP_src}, {@code AS_dst}, {@code Traffic} or a custom {@code
     *     c_...} dimension
     * @return this builder
     * @throws IllegalArgumentException when one is null or blank
     */
    public Builder dimensions(String... dimensions) {
      Rules.required(dimensions, "dimension");
      return dimensions(Arrays.asList(dimensions));
    }

    /**
     * Sets {@code dimension}, the group-by dimensions.
     *
     * @param dimensions the dimensions, in order
     * @return this builder
     * @throws IllegalArgumentException when the list is null or holds a null or blank value
     */
    public Builder dimensions(List<String> dimensions) {
      Rules.required(dimensions, "dimension");
      Rules.noBlankElements(dimensions, "dimension");
      return set("dimension", List.copyOf(dimensions));
    }

    /**
     * Adds an aggregate to {@code aggregates}.
     *
     * @param aggregate the aggregate
     * @return this builder
     * @throws IllegalArgumentException when it is null
     */
    public Builder aggregate(TopXAggregate aggregate) {
      Rules.required(aggregate, "aggregate");
      List<Object> all = new ArrayList<>();
      if (get("aggregates") instanceof List<?> before) {
        all.addAll(before);
      }
      all.add(aggregate.toMap());
      return set("aggregates", List.copyOf(all));
    }

    /**
     * Sets {@code aggregates}, replacing any added before.
     *
     * @param aggregates the aggregates, in order
     * @return this builder
     * @throws IllegalArgumentException when the list is null or holds null
     */
    public Builder aggregates(List<TopXAggregate> aggregates) {
      Rules.required(aggregates, "aggregates");
      List<Object> all = new ArrayList<>();
      for (TopXAggregate aggregate : aggregates) {
        all.add(Rules.required(aggregate, "aggregates must not contain null: aggregate").toMap());
      }
      return set("aggregates", List.copyOf(all));
    }

    /**
     * Sets {@code outsort}, the name of the aggregate rows are sorted by (required with more than
     * one aggregate).
     *
     * @param aggregateName an aggregate's {@code name}
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder outsort(String aggregateName) {
      return set("outsort", Rules.requiredText(aggregateName, "outsort"));
    }

    /**
     * Sets {@code topx}, how many rows to return.
     *
     * @param topx the number of rows
     * @return this builder
     * @throws IllegalArgumentException unless it is positive
     */
    public Builder topx(int topx) {
      return set("topx", positive(topx, "topx"));
    }

    /**
     * Sets {@code depth}, how many rows Kentik ranks before cutting at {@code topx}.
     *
     * @param depth the number of rows ranked
     * @return this builder
     * @throws IllegalArgumentException unless it is positive
     */
    public Builder depth(int depth) {
      return set("depth", positive(depth, "depth"));
    }

    /**
     * Sets a relative time range: {@code lookback_seconds}, the last {@code lookback} up to now.
     * Removes an absolute range set before.
     *
     * @param lookback how far back, in whole seconds
     * @return this builder
     * @throws IllegalArgumentException when it is null or less than a second
     */
    public Builder lookback(Duration lookback) {
      Rules.required(lookback, "lookback_seconds");
      if (lookback.getSeconds() < 1) {
        throw new IllegalArgumentException(
            "lookback_seconds must be at least 1 second, was " + lookback);
      }
      remove("starting_time");
      remove("ending_time");
      return set("lookback_seconds", lookback.getSeconds());
    }

    /**
     * Sets an absolute time range: {@code starting_time} and {@code ending_time} (to the minute, in
     * UTC), with {@code lookback_seconds} 0, which Kentik needs for the times to count. Replaces a
     * lookback set before.
     *
     * @param start the start (seconds are dropped)
     * @param end the end (seconds are dropped)
     * @return this builder
     * @throws IllegalArgumentException when either is null, or the end is before the start
     */
    public Builder between(Instant start, Instant end) {
      Rules.required(start, "starting_time");
      Rules.required(end, "ending_time");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException(
            "ending_time must not be before starting_time, was " + end + " before " + start);
      }
      set("lookback_seconds", 0L);
      set("starting_time", TIME.format(start.truncatedTo(ChronoUnit.MINUTES)));
      return set("ending_time", TIME.format(end.truncatedTo(ChronoUnit.MINUTES)));
    }

    /**
     * Sets {@code device_name}, the devices whose traffic is queried, sent comma-separated. Removes
     * {@link #allDevices()}.
     *
     * @param deviceNames the devices' names
     * @return this builder
     * @throws IllegalArgumentException when none is given, or one is null or blank
     */
    public Builder devices(String... deviceNames) {
      Rules.required(deviceNames, "device_name");
      return devices(Arrays.asList(deviceNames));
    }

    /**
     * Sets {@code device_name}, the devices whose traffic is queried, sent comma-separated. Removes
     * {@link #allDevices()}.
     *
     * @param deviceNames the devices' names
     * @return this builder
     * @throws IllegalArgumentException when the list is null or empty, or holds a null or blank
     *     name
     */
    public Builder devices(List<String> deviceNames) {
      Rules.required(deviceNames, "device_name");
      Rules.noBlankElements(deviceNames, "device_name");
      if (deviceNames.isEmpty()) {
        throw new IllegalArgumentException(
            "device_name must name at least one device (or use allDevices())");
      }
      remove("all_selected");
      return set("device_name", String.join(",", deviceNames));
    }

    /**
     * Queries every device ({@code all_selected: true}). Removes {@link #devices(String...)}.
     *
     * @return this builder
     */
    public Builder allDevices() {
      remove("device_name");
      return set("all_selected", true);
    }

    /**
     * Sets {@code filters_obj}, the ad-hoc filter groups.
     *
     * <pre>{@code
     * .filters(FilterSet.of("All", FilterGroup.of("Any", false,
     *     Filter.of("dst_as", "=", "15169"), Filter.of("dst_as", "=", "32934"))))
     * }</pre>
     *
     * @param filters the filters
     * @return this builder
     * @throws IllegalArgumentException when it is null
     */
    public Builder filters(FilterSet filters) {
      return set("filters_obj", Rules.required(filters, "filters_obj"));
    }

    /**
     * Adds a company saved filter to {@code saved_filters}, matching traffic it includes.
     *
     * @param savedFilterId the saved filter's id
     * @return this builder
     * @throws IllegalArgumentException unless the id is positive
     */
    public Builder savedFilter(long savedFilterId) {
      return addSavedFilter(savedFilterId, false);
    }

    /**
     * Adds a company saved filter to {@code saved_filters}, excluding the traffic it matches.
     *
     * @param savedFilterId the saved filter's id
     * @return this builder
     * @throws IllegalArgumentException unless the id is positive
     */
    public Builder excludeSavedFilter(long savedFilterId) {
      return addSavedFilter(savedFilterId, true);
    }

    private Builder addSavedFilter(long id, boolean not) {
      if (id < 1) {
        throw new IllegalArgumentException("saved_filters: filter_id must be positive, was " + id);
      }
      List<Object> all = new ArrayList<>();
      if (get("saved_filters") instanceof List<?> before) {
        all.addAll(before);
      }
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("filter_id", id);
      one.put("is_not", not);
      all.add(Collections.unmodifiableMap(one));
      return set("saved_filters", List.copyOf(all));
    }

    /**
     * Sets {@code fastData}, the data series to read.
     *
     * @param fastData {@link FastData#AUTO}, {@link FastData#FAST} or {@link FastData#FULL}
     * @return this builder
     * @throws IllegalArgumentException when it is null
     */
    public Builder fastData(FastData fastData) {
      return set("fastData", Rules.required(fastData, "fastData").value());
    }

    /**
     * Sets {@code time_format}, how times are shown: {@code UTC} or {@code Local}.
     *
     * @param timeFormat {@code UTC} or {@code Local}
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder timeFormat(String timeFormat) {
      return set("time_format", Rules.requiredText(timeFormat, "time_format"));
    }

    /**
     * Sets {@code hostname_lookup}: whether addresses are shown with their host names.
     *
     * @param hostnameLookup whether to look host names up
     * @return this builder
     */
    public Builder hostnameLookup(boolean hostnameLookup) {
      return set("hostname_lookup", hostnameLookup);
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws IllegalArgumentException when {@code metric} is missing, or there is more than one
     *     aggregate and no {@code outsort} to sort by
     */
    public TopXQuery build() {
      require("TopXQuery", "metric");
      if (get("aggregates") instanceof List<?> aggregates
          && aggregates.size() > 1
          && get("outsort") == null) {
        throw new IllegalArgumentException(
            "TopXQuery: outsort is required with more than one aggregate: name the aggregate to"
                + " sort by");
      }
      return new TopXQuery(this);
    }

    private static int positive(int value, String field) {
      if (value < 1) {
        throw new IllegalArgumentException(field + " must be positive, was " + value);
      }
      return value;
    }
  }
}
