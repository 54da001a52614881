package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /devices/search} (newer firmware) looks for: the devices matching a {@link
 * DeviceFilter}, active in a time window, fetched {@code pageSize} at a time. Immutable; made by a
 * {@link Builder}.
 */
public final class DeviceSearch extends ActiveWindowQuery {
  private final DeviceFilter filter;
  private final List<String> resultFields;

  private DeviceSearch(Builder b) {
    super(b);
    this.filter = b.filter;
    this.resultFields = b.resultFields;
  }

  /** A builder of a search for every device (no filter), 100 a page. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this search's values, to build a variant. */
  public Builder toBuilder() {
    Builder b = copyWindowInto(new Builder());
    b.filter = filter;
    b.resultFields = resultFields;
    return b;
  }

  /** The filter, or null for every device. */
  public @Nullable DeviceFilter filter() {
    return filter;
  }

  /**
   * The body of one request of this search: the page at {@code offset} of {@code limit} devices.
   */
  public Map<String, Object> toBody(long offset, int limit) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (filter != null) {
      body.put("filter", filter.toMap());
    }
    if (activeFrom() != null) {
      body.put("active_from", activeFrom());
    }
    if (activeUntil() != null) {
      body.put("active_until", activeUntil());
    }
    if (!resultFields.isEmpty()) {
      body.put("result_fields", resultFields);
    }
    body.put("limit", limit);
    body.put("offset", offset);
    return body;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeviceSearch s
        && s.toBody(offset(), pageSize()).equals(toBody(offset(), pageSize()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(toBody(offset(), pageSize()));
  }

  @Override
  public String toString() {
    return "DeviceSearch" + toBody(offset(), pageSize());
  }

  /** Builds a {@link DeviceSearch}; each setter checks its value at once. */
  public static final class Builder extends WindowBuilder<Builder> {
    private DeviceFilter filter;
    private List<String> resultFields = List.of();

    private Builder() {}

    /** Only the devices matching {@code filter}; every device when not set. */
    public Builder filter(DeviceFilter filter) {
      this.filter = Validate.notNull(filter, "filter");
      return this;
    }

    /** Return only these fields (and the id) of each device. */
    public Builder resultFields(String... fields) {
      this.resultFields = Validate.strings(List.of(fields), "resultFields");
      return this;
    }

    /** The search. */
    public DeviceSearch build() {
      return new DeviceSearch(this);
    }
  }
}
