package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.model.DeviceSearchType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /devices} lists: the devices active in a time window, optionally matching a
 * {@code search_type} and {@code value}, fetched {@code pageSize} at a time from {@code offset}.
 * Immutable; made by a {@link Builder}.
 *
 * <pre>{@code
 * DeviceQuery.builder()
 *     .searchType(DeviceSearchType.IP_ADDRESS)
 *     .value("10.20.0.[0-9]+")
 *     .activeFrom(ExtraHopTime.ago(30, ExtraHopTime.Unit.MINUTES))
 *     .pageSize(100)
 *     .build()
 * }</pre>
 */
public final class DeviceQuery extends ActiveWindowQuery {
  private final DeviceSearchType searchType;
  private final String value;

  private DeviceQuery(Builder b) {
    super(b);
    this.searchType = b.searchType;
    this.value = b.value;
  }

  /** A builder of a query for every device (the appliance's default time window), 100 a page. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values, to build a variant (the next page, another window). */
  public Builder toBuilder() {
    Builder b = copyWindowInto(new Builder());
    b.searchType = searchType;
    b.value = value;
    return b;
  }

  /** The field searched, or null for none. */
  public @Nullable DeviceSearchType searchType() {
    return searchType;
  }

  /** The value searched for, or null. */
  public @Nullable String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeviceQuery q
        && Objects.equals(q.searchType, searchType)
        && Objects.equals(q.value, value)
        && Objects.equals(q.activeFrom(), activeFrom())
        && Objects.equals(q.activeUntil(), activeUntil())
        && q.pageSize() == pageSize()
        && q.offset() == offset();
  }

  @Override
  public int hashCode() {
    return Objects.hash(searchType, value, activeFrom(), activeUntil(), pageSize(), offset());
  }

  @Override
  public String toString() {
    return "DeviceQuery[searchType="
        + searchType
        + ", value="
        + value
        + ", activeFrom="
        + activeFrom()
        + ", activeUntil="
        + activeUntil()
        + ", pageSize="
        + pageSize()
        + ", offset="
        + offset()
        + "]";
  }

  /** Builds a {@link DeviceQuery}; each setter checks its value at once. */
  public static final class Builder extends WindowBuilder<Builder> {
    private DeviceSearchType searchType;
    private String value;

    private Builder() {}

    /**
     * The field {@code value} is matched against ({@code search_type}); set together with {@code
     * value}.
     */
    public Builder searchType(DeviceSearchType searchType) {
      this.searchType = Validate.notNull(searchType, "searchType");
      return this;
    }

    /**
     * What the {@code searchType} field must match (not blank); set together with {@code
     * searchType}.
     */
    public Builder value(String value) {
      this.value = Validate.notBlank(value, "value");
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException when only one of {@code searchType} and {@code value} is set
     */
    public DeviceQuery build() {
      if ((searchType == null) != (value == null)) {
        throw new IllegalArgumentException(
            "DeviceQuery: set searchType and value together, was searchType="
                + searchType
                + ", value="
                + value);
      }
      return new DeviceQuery(this);
    }
  }
}
