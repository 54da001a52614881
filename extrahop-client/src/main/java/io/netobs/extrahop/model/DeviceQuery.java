package io.netobs.extrahop.model;

import io.netobs.extrahop.internal.Validate;

import io.netobs.extrahop.ExtraHopTime;
import java.util.Objects;

/**
 * What {@code GET /devices} lists: the devices active in a time window, optionally matching a
 * {@code search_type} and {@code value}, fetched {@code pageSize} at a time from {@code offset}.
 * Immutable: each method returns a new query.
 *
 * <pre>{@code
 * DeviceQuery.search(DeviceSearchType.IP_ADDRESS, "10.20.0.[0-9]+")
 *     .activeFrom(ExtraHopTime.ago(30, ExtraHopTime.Unit.MINUTES))
 *     .pageSize(100)
 * }</pre>
 */
public final class DeviceQuery {
  /** The page size the appliance uses when none is given. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final DeviceSearchType searchType;
  private final String value;
  private final ExtraHopTime activeFrom;
  private final ExtraHopTime activeUntil;
  private final int pageSize;
  private final long offset;

  private DeviceQuery(DeviceSearchType searchType, String value, ExtraHopTime activeFrom, ExtraHopTime activeUntil, int pageSize, long offset) {
    this.searchType = searchType;
    this.value = value;
    this.activeFrom = activeFrom;
    this.activeUntil = activeUntil;
    this.pageSize = pageSize;
    this.offset = offset;
  }

  /** Every device (the appliance's default time window). */
  public static DeviceQuery all() {
    return new DeviceQuery(null, null, null, null, DEFAULT_PAGE_SIZE, 0);
  }

  /** The devices whose {@code type} field matches {@code value}. */
  public static DeviceQuery search(DeviceSearchType type, String value) {
    return new DeviceQuery(Validate.notNull(type, "searchType"), Validate.notBlank(value, "value"), null, null, DEFAULT_PAGE_SIZE, 0);
  }

  /** Only devices active after this time. */
  public DeviceQuery activeFrom(ExtraHopTime from) {
    return new DeviceQuery(searchType, value, Validate.notNull(from, "activeFrom"), activeUntil, pageSize, offset);
  }

  /** Only devices active before this time. */
  public DeviceQuery activeUntil(ExtraHopTime until) {
    return new DeviceQuery(searchType, value, activeFrom, Validate.notNull(until, "activeUntil"), pageSize, offset);
  }

  /** How many devices each request asks for ({@code limit}), 1 to 10000; default 100. */
  public DeviceQuery pageSize(int pageSize) {
    return new DeviceQuery(searchType, value, activeFrom, activeUntil, Validate.range(pageSize, 1, 10_000, "pageSize"), offset);
  }

  /** How many devices to skip before the first one returned; default 0. */
  public DeviceQuery offset(long offset) {
    return new DeviceQuery(searchType, value, activeFrom, activeUntil, pageSize, Validate.nonNegative(offset, "offset"));
  }

  /** The field searched, or null for none. */
  public DeviceSearchType searchType() {
    return searchType;
  }

  /** The value searched for, or null. */
  public String value() {
    return value;
  }

  /** The start of the activity window, or null. */
  public ExtraHopTime activeFrom() {
    return activeFrom;
  }

  /** The end of the activity window, or null. */
  public ExtraHopTime activeUntil() {
    return activeUntil;
  }

  /** The number of devices asked for per request. */
  public int pageSize() {
    return pageSize;
  }

  /** The number of devices skipped before the first. */
  public long offset() {
    return offset;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeviceQuery q && Objects.equals(q.searchType, searchType) && Objects.equals(q.value, value)
        && Objects.equals(q.activeFrom, activeFrom) && Objects.equals(q.activeUntil, activeUntil) && q.pageSize == pageSize && q.offset == offset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(searchType, value, activeFrom, activeUntil, pageSize, offset);
  }

  @Override
  public String toString() {
    return "DeviceQuery[searchType=" + searchType + ", value=" + value + ", activeFrom=" + activeFrom + ", activeUntil=" + activeUntil
        + ", pageSize=" + pageSize + ", offset=" + offset + "]";
  }
}
