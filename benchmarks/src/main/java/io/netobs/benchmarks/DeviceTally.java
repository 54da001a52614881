package io.netobs.benchmarks;

import io.netobs.extrahop.model.Device;
import java.util.function.Consumer;

/**
 * What a walk over devices saw: how many, the first and the last. Both sides of the paging
 * benchmark feed every device they decode into one, so that neither can skip work and the test can
 * compare them.
 */
public final class DeviceTally implements Consumer<Device> {
  private long count;
  private Device first;
  private Device last;

  @Override
  public void accept(Device device) {
    if (count++ == 0) {
      first = device;
    }
    last = device;
  }

  public long count() {
    return count;
  }

  public Device first() {
    return first;
  }

  public Device last() {
    return last;
  }
}
