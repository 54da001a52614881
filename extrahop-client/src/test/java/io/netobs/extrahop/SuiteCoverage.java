package io.netobs.extrahop;

import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.Journal;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The catalogue operations that the test suite got a success answer for from a fake ExtraHop, gathered
 * across test classes for {@link OperationCoverageTest}, which runs last.
 */
final class SuiteCoverage {
  private static final Set<String> ANSWERED = new ConcurrentSkipListSet<>();
  private static final Set<String> CONTRIBUTORS = new ConcurrentSkipListSet<>();

  private SuiteCoverage() {}

  /** Adds what this fake answered with success; call before closing it. */
  static void record(Class<?> testClass, FakeExtraHop fake) {
    CONTRIBUTORS.add(testClass.getSimpleName());
    fake.journal().entries().stream()
        .filter(e -> e.status() >= 200 && e.status() < 300 && e.operationKey() != null)
        .map(Journal.Entry::operationKey)
        .forEach(ANSWERED::add);
  }

  static Set<String> answered() {
    return Set.copyOf(ANSWERED);
  }

  static Set<String> contributors() {
    return Set.copyOf(CONTRIBUTORS);
  }
}
