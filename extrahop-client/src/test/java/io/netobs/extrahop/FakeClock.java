package io.netobs.extrahop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A poller clock whose sleeps return at once and move the time on. */
final class FakeClock implements Poller.Clock {
  final List<Duration> sleeps = new ArrayList<>();
  private long nanos = 1_000_000_000L;

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  synchronized Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
