package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.DetectionResolution;
import io.netobs.extrahop.model.DetectionStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The filter of a detection search ({@code POST /detections/search}): criteria that must all hold.
 * Each list criterion accepts a detection matching any of its values; a criterion left empty is not
 * sent. Immutable; made by a {@link Builder}.
 *
 * <pre>{@code
 * DetectionFilter.builder()
 *     .categories("sec.attack")
 *     .riskScoreMin(60)
 *     .status(DetectionStatus.NEW, DetectionStatus.IN_PROGRESS).statusNone()
 *     .assigneeNone()
 *     .build()
 * }</pre>
 */
public final class DetectionFilter {
  /** The value that matches a detection without a status, assignee, ticket or resolution. */
  public static final String NONE = ".none";

  /** The value of {@code assignee} that matches the detections of the authenticated user. */
  public static final String ME = ".me";

  private final Map<String, Object> criteria;

  private DetectionFilter(Builder b) {
    Map<String, Object> map = new LinkedHashMap<>();
    putList(map, "categories", b.categories);
    if (b.riskScoreMin != null) {
      map.put("risk_score_min", b.riskScoreMin);
    }
    putList(map, "status", b.status);
    putList(map, "assignee", b.assignee);
    putList(map, "types", b.types);
    putList(map, "ticket_id", b.ticketIds);
    putList(map, "resolution", b.resolution);
    if (b.recommended != null) {
      map.put("recommended", b.recommended);
    }
    this.criteria = Collections.unmodifiableMap(map);
  }

  private static void putList(Map<String, Object> map, String name, List<String> values) {
    if (!values.isEmpty()) {
      map.put(name, List.copyOf(values));
    }
  }

  /** A builder with no criterion set: a filter that matches every detection. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this filter's criteria, to build a variant. */
  @SuppressWarnings("unchecked")
  public Builder toBuilder() {
    Builder b = new Builder();
    b.categories.addAll((List<String>) criteria.getOrDefault("categories", List.of()));
    b.riskScoreMin = (Integer) criteria.get("risk_score_min");
    b.status.addAll((List<String>) criteria.getOrDefault("status", List.of()));
    b.assignee.addAll((List<String>) criteria.getOrDefault("assignee", List.of()));
    b.types.addAll((List<String>) criteria.getOrDefault("types", List.of()));
    b.ticketIds.addAll((List<String>) criteria.getOrDefault("ticket_id", List.of()));
    b.resolution.addAll((List<String>) criteria.getOrDefault("resolution", List.of()));
    b.recommended = (Boolean) criteria.get("recommended");
    return b;
  }

  /** The filter as the API takes it, e.g. {@code {"categories": ["sec"], "risk_score_min": 60}}. */
  public Map<String, Object> toMap() {
    return criteria;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DetectionFilter f && f.criteria.equals(criteria);
  }

  @Override
  public int hashCode() {
    return criteria.hashCode();
  }

  @Override
  public String toString() {
    return "DetectionFilter" + criteria;
  }

  /**
   * Builds a {@link DetectionFilter}. The list setters add to what was set before, so {@code
   * status(NEW).statusNone()} matches new and open detections.
   */
  public static final class Builder {
    private final List<String> categories = new ArrayList<>();
    private Integer riskScoreMin;
    private final List<String> status = new ArrayList<>();
    private final List<String> assignee = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<String> ticketIds = new ArrayList<>();
    private final List<String> resolution = new ArrayList<>();
    private Boolean recommended;

    private Builder() {}

    /**
     * Detections in any of these categories, such as {@code sec}, {@code sec.attack}, {@code perf}.
     */
    public Builder categories(String... categories) {
      return add(this.categories, categories, "categories");
    }

    /** Detections with a risk score of at least {@code riskScoreMin}. */
    public Builder riskScoreMin(int riskScoreMin) {
      this.riskScoreMin = riskScoreMin;
      return this;
    }

    /** Detections with any of these statuses. */
    public Builder status(DetectionStatus... statuses) {
      Objects.requireNonNull(statuses, "status must not be null");
      for (DetectionStatus s : statuses) {
        status.add(Validate.notNull(s, "status element").value());
      }
      return this;
    }

    /** Also detections without a status (shown as Open): {@code ".none"}. */
    public Builder statusNone() {
      status.add(NONE);
      return this;
    }

    /** Detections assigned to any of these users. */
    public Builder assignee(String... usernames) {
      return add(assignee, usernames, "assignee");
    }

    /** Also detections assigned to the authenticated user: {@code ".me"}. */
    public Builder assigneeMe() {
      assignee.add(ME);
      return this;
    }

    /** Also detections assigned to nobody: {@code ".none"}. */
    public Builder assigneeNone() {
      assignee.add(NONE);
      return this;
    }

    /** Detections of any of these types, such as {@code brute_force}. */
    public Builder types(String... types) {
      return add(this.types, types, "types");
    }

    /** Detections tracked in any of these tickets. */
    public Builder ticketIds(String... ticketIds) {
      return add(this.ticketIds, ticketIds, "ticket_id");
    }

    /** Also detections tracked in no ticket: {@code ".none"}. */
    public Builder ticketIdNone() {
      ticketIds.add(NONE);
      return this;
    }

    /** Detections with any of these resolutions. */
    public Builder resolution(DetectionResolution... resolutions) {
      Objects.requireNonNull(resolutions, "resolution must not be null");
      for (DetectionResolution r : resolutions) {
        resolution.add(Validate.notNull(r, "resolution element").value());
      }
      return this;
    }

    /** Also detections without a resolution: {@code ".none"}. */
    public Builder resolutionNone() {
      resolution.add(NONE);
      return this;
    }

    /** Only detections recommended for triage ({@code true}), or only others; consoles only. */
    public Builder recommended(boolean recommended) {
      this.recommended = recommended;
      return this;
    }

    private Builder add(List<String> target, String[] values, String field) {
      Objects.requireNonNull(values, field + " must not be null");
      for (String v : values) {
        target.add(Validate.notBlank(v, field + " element"));
      }
      return this;
    }

    /** The filter; an empty one matches every detection. */
    public DetectionFilter build() {
      return new DetectionFilter(this);
    }
  }
}
