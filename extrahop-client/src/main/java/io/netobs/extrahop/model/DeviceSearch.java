package io.netobs.extrahop.model;

import io.netobs.extrahop.internal.Validate;

import io.netobs.extrahop.ExtraHopTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code POST /devices/search} (newer firmware) looks for: the devices matching a
 * {@link DeviceFilter}, active in a time window, fetched {@code pageSize} at a time. Immutable.
 */
public final class DeviceSearch {
  private final DeviceFilter filter;
  private final ExtraHopTime activeFrom;
  private final ExtraHopTime activeUntil;
  private final int pageSize;
  private final long offset;
  private final List<String> resultFields;

  private DeviceSearch(DeviceFilter filter, ExtraHopTime activeFrom, ExtraHopTime activeUntil, int pageSize, long offset, List<String> resultFields) {
    this.filter = filter;
    this.activeFrom = activeFrom;
    this.activeUntil = activeUntil;
    this.pageSize = pageSize;
    this.offset = offset;
    this.resultFields = resultFields;
  }

  /** The devices matching {@code filter}. */
  public static DeviceSearch of(DeviceFilter filter) {
    return new DeviceSearch(Validate.notNull(filter, "filter"), null, null, DeviceQuery.DEFAULT_PAGE_SIZE, 0, List.of());
  }

  /** Every device (no filter). */
  public static DeviceSearch all() {
    return new DeviceSearch(null, null, null, DeviceQuery.DEFAULT_PAGE_SIZE, 0, List.of());
  }

  /** Only devices active after this time. */
  public DeviceSearch activeFrom(ExtraHopTime from) {
    return new DeviceSearch(filter, Validate.notNull(from, "activeFrom"), activeUntil, pageSize, offset, resultFields);
  }

  /** Only devices active before this time. */
  public DeviceSearch activeUntil(ExtraHopTime until) {
    return new DeviceSearch(filter, activeFrom, Validate.notNull(until, "activeUntil"), pageSize, offset, resultFields);
  }

  /** How many devices each request asks for ({@code limit}), 1 to 10000; default 100. */
  public DeviceSearch pageSize(int pageSize) {
    return new DeviceSearch(filter, activeFrom, activeUntil, Validate.range(pageSize, 1, 10_000, "pageSize"), offset, resultFields);
  }

  /** How many devices to skip before the first one returned; default 0. */
  public DeviceSearch offset(long offset) {
    return new DeviceSearch(filter, activeFrom, activeUntil, pageSize, Validate.nonNegative(offset, "offset"), resultFields);
  }

  /** Return only these fields (and the id) of each device. */
  public DeviceSearch resultFields(String... fields) {
    return new DeviceSearch(filter, activeFrom, activeUntil, pageSize, offset, Validate.strings(List.of(fields), "resultFields"));
  }

  /** The filter, or null for every device. */
  public DeviceFilter filter() {
    return filter;
  }

  /** The number of devices asked for per request. */
  public int pageSize() {
    return pageSize;
  }

  /** The number of devices skipped before the first. */
  public long offset() {
    return offset;
  }

  /** The body of one request of this search: the page at {@code offset} of {@code limit} devices. */
  public Map<String, Object> toBody(long offset, int limit) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (filter != null) {
      body.put("filter", filter.toMap());
    }
    if (activeFrom != null) {
      body.put("active_from", activeFrom);
    }
    if (activeUntil != null) {
      body.put("active_until", activeUntil);
    }
    if (!resultFields.isEmpty()) {
      body.put("result_fields", resultFields);
    }
    body.put("limit", limit);
    body.put("offset", offset);
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeviceSearch s && s.toBody(offset, pageSize).equals(toBody(offset, pageSize));
  }

  @Override
  public int hashCode() {
    return Objects.hash(toBody(offset, pageSize));
  }

  @Override
  public String toString() {
    return "DeviceSearch" + toBody(offset, pageSize);
  }
}
