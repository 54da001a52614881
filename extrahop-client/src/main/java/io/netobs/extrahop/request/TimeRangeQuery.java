package io.netobs.extrahop.request;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.internal.ExtraFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the queries over a time range ({@link MetricQuery}, {@link RecordQuery}) share: the range's
 * start and end, and body fields this SDK does not model, sent as given. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class TimeRangeQuery {
  private final ExtraHopTime from;
  private final ExtraHopTime until;
  private final Map<String, Object> extra;

  TimeRangeQuery(RangeBuilder<?> b) {
    this.from = b.from;
    this.until = b.until;
    this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(b.extra));
  }

  /** The start of the range. */
  @JsonProperty("from")
  public final ExtraHopTime from() {
    return from;
  }

  /** The end of the range; absent means now. */
  @JsonIgnore
  public final Optional<ExtraHopTime> until() {
    return Optional.ofNullable(until);
  }

  @JsonProperty("until")
  final ExtraHopTime untilValue() {
    return until;
  }

  /** Body fields this SDK does not model, sent as given. */
  @JsonAnyGetter
  public final Map<String, Object> extra() {
    return extra;
  }

  /** Copies the range and the extra fields into {@code b}, for {@code toBuilder()}. */
  final <B extends RangeBuilder<B>> B copyRangeInto(B b) {
    b.from = from;
    b.until = until;
    b.extra.putAll(extra);
    return b;
  }

  /**
   * The setters of the range and of the extra fields, shared by the builders of the queries over a
   * time range. Builders are mutable and not thread-safe.
   *
   * @param <B> the concrete builder, returned by each setter
   */
  public abstract static class RangeBuilder<B extends RangeBuilder<B>> {
    ExtraHopTime from;
    ExtraHopTime until;
    final Map<String, Object> extra = new LinkedHashMap<>();
    private final Set<String> modelled;

    RangeBuilder(Set<String> modelled) {
      this.modelled = modelled;
    }

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /** The start of the range (required), e.g. {@code ExtraHopTime.ago(Duration.ofMinutes(15))}. */
    public final B from(ExtraHopTime from) {
      this.from = Objects.requireNonNull(from, "from must not be null");
      return self();
    }

    /** The end of the range; without it, now. */
    public final B until(ExtraHopTime until) {
      this.until = Objects.requireNonNull(until, "until must not be null");
      return self();
    }

    /**
     * A body field this SDK does not model, sent as given (a String, Number, Boolean, List or Map).
     *
     * @throws IllegalArgumentException when {@code name} is one the builder sets itself
     */
    public final B extra(String name, Object value) {
      ExtraFields.put(extra, modelled, name, value);
      return self();
    }

    /** Checks that the start of the range is set; {@code example} shows one in the message. */
    final void requireFrom(String example) {
      if (from == null) {
        throw new IllegalStateException("from is required: the start of the " + example);
      }
    }
  }
}
