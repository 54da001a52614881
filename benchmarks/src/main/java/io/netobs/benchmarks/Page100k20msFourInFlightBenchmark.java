package io.netobs.benchmarks;

/**
 * {@code page-100k-20ms-4}: {@link Page100k20msBenchmark} with the SDK client built with {@code
 * pagesInFlight(4)}; the baseline is the same sequential loop.
 */
public class Page100k20msFourInFlightBenchmark extends Page100k20msBenchmark {
  @Override
  protected int pagesInFlight() {
    return 4;
  }
}
