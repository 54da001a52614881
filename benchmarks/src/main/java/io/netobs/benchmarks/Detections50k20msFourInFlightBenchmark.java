package io.netobs.benchmarks;

/**
 * {@code detections-50k-20ms-4}: {@link Detections50k20msBenchmark} with the SDK client built with
 * {@code pagesInFlight(4)}; the baseline is the same sequential loop.
 */
public class Detections50k20msFourInFlightBenchmark extends Detections50k20msBenchmark {
  @Override
  protected int pagesInFlight() {
    return 4;
  }
}
