package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /networkusers/search} looks for: the network users matching a filter (the rule
 * grammar of device searches: {@code field}, {@code operator}, {@code operand}, and {@code and} /
 * {@code or} groups), active in a time window, fetched {@code pageSize} at a time. Immutable; made
 * by {@link #builder()}.
 */
public final class NetworkUserSearch extends ActiveWindowQuery {
  private final DeviceFilter filter;

  private NetworkUserSearch(Builder b) {
    super(b);
    this.filter = b.filter;
  }

  /** A builder of a search for every network user (no filter), 100 a page. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this search's values, to build a variant. */
  public Builder toBuilder() {
    Builder b = copyWindowInto(new Builder());
    b.filter = filter;
    return b;
  }

  /** The filter, or null for every network user. */
  public @Nullable DeviceFilter filter() {
    return filter;
  }

  /** The body of one request of this search: the page at {@code offset} of {@code limit} users. */
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
    body.put("limit", limit);
    body.put("offset", offset);
    return body;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NetworkUserSearch s
        && s.toBody(offset(), pageSize()).equals(toBody(offset(), pageSize()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(toBody(offset(), pageSize()));
  }

  @Override
  public String toString() {
    return "NetworkUserSearch" + toBody(offset(), pageSize());
  }

  /** Builds a {@link NetworkUserSearch}; each setter checks its value at once. */
  public static final class Builder extends WindowBuilder<Builder> {
    private DeviceFilter filter;

    private Builder() {}

    /** Only the network users matching {@code filter}; every one when not set. */
    public Builder filter(DeviceFilter filter) {
      this.filter = Validate.notNull(filter, "filter");
      return this;
    }

    /** The search. */
    public NetworkUserSearch build() {
      return new NetworkUserSearch(this);
    }
  }
}
