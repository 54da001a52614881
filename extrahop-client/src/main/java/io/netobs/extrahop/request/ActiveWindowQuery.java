package io.netobs.extrahop.request;

import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.internal.Validate;
import io.netobs.http.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What the device listings ({@link DeviceQuery}, {@link DeviceSearch}) share: the window in which
 * the devices were active, and the paging ({@code limit} and {@code offset}). Immutable.
 */
public abstract class ActiveWindowQuery {
  /** The page size the appliance uses when none is given. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final ExtraHopTime activeFrom;
  private final ExtraHopTime activeUntil;
  private final int pageSize;
  private final long offset;

  ActiveWindowQuery(WindowBuilder<?> b) {
    this.activeFrom = b.activeFrom;
    this.activeUntil = b.activeUntil;
    this.pageSize = b.pageSize;
    this.offset = b.offset;
  }

  /** The start of the activity window, or null. */
  public final @Nullable ExtraHopTime activeFrom() {
    return activeFrom;
  }

  /** The end of the activity window, or null. */
  public final @Nullable ExtraHopTime activeUntil() {
    return activeUntil;
  }

  /** The number of devices asked for per request. */
  public final int pageSize() {
    return pageSize;
  }

  /** The number of devices skipped before the first. */
  public final long offset() {
    return offset;
  }

  /** Copies the window and the paging into {@code b}, for {@code toBuilder()}. */
  final <B extends WindowBuilder<B>> B copyWindowInto(B b) {
    b.activeFrom = activeFrom;
    b.activeUntil = activeUntil;
    b.pageSize = pageSize;
    b.offset = offset;
    return b;
  }

  /**
   * The setters of the activity window and the paging, shared by the builders of the device
   * listings. Builders are mutable and not thread-safe.
   *
   * @param <B> the concrete builder, returned by each setter
   */
  public abstract static class WindowBuilder<B extends WindowBuilder<B>> {
    ExtraHopTime activeFrom;
    ExtraHopTime activeUntil;
    int pageSize = DEFAULT_PAGE_SIZE;
    long offset;

    WindowBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /** Only devices active after this time. */
    public final B activeFrom(ExtraHopTime from) {
      this.activeFrom = Validate.notNull(from, "activeFrom");
      return self();
    }

    /** Only devices active before this time. */
    public final B activeUntil(ExtraHopTime until) {
      this.activeUntil = Validate.notNull(until, "activeUntil");
      return self();
    }

    /** How many devices each request asks for ({@code limit}), at least 1; default 100. */
    public final B pageSize(int pageSize) {
      this.pageSize = Checks.atLeast(pageSize, 1, "pageSize");
      return self();
    }

    /** How many devices to skip before the first one returned; default 0. */
    public final B offset(long offset) {
      this.offset = Validate.nonNegative(offset, "offset");
      return self();
    }
  }
}
