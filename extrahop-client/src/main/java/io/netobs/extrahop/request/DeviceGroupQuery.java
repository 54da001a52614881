package io.netobs.extrahop.request;

import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.internal.Validate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /devicegroups} lists: the groups changed since a time, whose name matches a
 * regular expression, of a type ({@code user_created}, {@code built_in} or {@code all}); each
 * optional. Immutable; made by a {@link Builder}.
 *
 * <pre>{@code
 * DeviceGroupQuery.builder().name("^web").type("user_created").build()
 * }</pre>
 */
public final class DeviceGroupQuery {
  private final ExtraHopTime since;
  private final String name;
  private final String type;

  private DeviceGroupQuery(Builder b) {
    this.since = b.since;
    this.name = b.name;
    this.type = b.type;
  }

  /** A builder with nothing set: every device group. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.since = since;
    b.name = name;
    b.type = type;
    return b;
  }

  /** The query parameters as sent; the ones not set are absent. */
  public Map<String, String> toQuery() {
    Map<String, String> query = new LinkedHashMap<>();
    if (since != null) {
      query.put("since", since.queryValue());
    }
    if (name != null) {
      query.put("name", name);
    }
    if (type != null) {
      query.put("type", type);
    }
    return Collections.unmodifiableMap(query);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeviceGroupQuery q && q.toQuery().equals(toQuery());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toQuery());
  }

  @Override
  public String toString() {
    return "DeviceGroupQuery" + toQuery();
  }

  /** Builds a {@link DeviceGroupQuery}; each setter checks its value at once. */
  public static final class Builder {
    private ExtraHopTime since;
    private String name;
    private String type;

    private Builder() {}

    /** Only the groups created or changed since this time ({@code since}). */
    public Builder since(ExtraHopTime since) {
      this.since = Validate.notNull(since, "since");
      return this;
    }

    /** Only the groups whose name matches this regular expression ({@code name}). */
    public Builder name(String name) {
      this.name = Validate.notNull(name, "name");
      return this;
    }

    /**
     * Only the groups of this type ({@code type}): {@code user_created}, {@code built_in} or {@code
     * all}; a value newer firmware adds is sent as given.
     */
    public Builder type(String type) {
      this.type = Validate.notBlank(type, "type");
      return this;
    }

    /** The query. */
    public DeviceGroupQuery build() {
      return new DeviceGroupQuery(this);
    }
  }
}
