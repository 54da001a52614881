package io.netobs.http.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.netobs.testing.Journal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The catalogue operations that test classes got a success answer for from a fake (ExtraHop or
 * Kentik), per test class, for the coverage checks of each client's operation coverage test.
 *
 * <p>The contributing classes record what their fakes answered as they run. When a check finds that
 * what they recorded in this JVM does not cover what it wants (the check runs alone, before them,
 * or with only some of their tests), it runs the contributing classes itself, in this JVM, through
 * the JUnit Platform Launcher, and counts what that run recorded. In the full build the check runs
 * after them (see {@code junit-platform.properties}), so nothing runs twice.
 */
public final class SuiteCoverage {
  private static final Map<String, Set<String>> ANSWERED = new ConcurrentHashMap<>();

  private SuiteCoverage() {}

  /**
   * Adds what a fake answered with success, as its journal shows, to what {@code testClass}
   * covered; call before closing the fake.
   */
  public static void record(Class<?> testClass, Journal journal) {
    Set<String> answered =
        ANSWERED.computeIfAbsent(testClass.getName(), name -> new ConcurrentSkipListSet<>());
    journal.entries().stream()
        .filter(e -> e.status() >= 200 && e.status() < 300 && e.operationKey() != null)
        .map(Journal.Entry::operationKey)
        .forEach(answered::add);
  }

  /**
   * The operations that {@code testClasses} got a success answer for, together. When what they
   * recorded so far does not contain every one of {@code wanted}, they are run again first, through
   * the JUnit Platform Launcher, and only that run counts; a failing test of theirs fails the
   * caller.
   */
  public static Set<String> answered(Collection<String> wanted, Class<?>... testClasses) {
    Set<String> answered = recorded(testClasses);
    if (answered.containsAll(wanted)) {
      return answered;
    }
    Arrays.stream(testClasses).forEach(c -> ANSWERED.remove(c.getName()));
    run(testClasses);
    return recorded(testClasses);
  }

  private static Set<String> recorded(Class<?>... testClasses) {
    Set<String> answered = new TreeSet<>();
    for (Class<?> testClass : testClasses) {
      answered.addAll(ANSWERED.getOrDefault(testClass.getName(), Set.of()));
    }
    return answered;
  }

  private static void run(Class<?>... testClasses) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(Arrays.stream(testClasses).map(c -> selectClass(c)).toList())
            .filters(EngineFilter.includeEngines("junit-jupiter"))
            .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() == 0) {
      AssertionError error =
          new AssertionError(
              "the tests that drive the fake through the SDK did not all pass: "
                  + summary.getTestsSucceededCount()
                  + " passed, "
                  + summary.getTotalFailureCount()
                  + " failed");
      summary.getFailures().forEach(f -> error.addSuppressed(f.getException()));
      throw error;
    }
  }
}
