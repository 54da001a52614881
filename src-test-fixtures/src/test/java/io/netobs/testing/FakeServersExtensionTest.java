package io.netobs.testing;

import static io.netobs.testing.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class FakeServersExtensionTest {
  /** What the inner test class saw; only the launched class writes it. */
  static final List<String> SEEN_URLS = new CopyOnWriteArrayList<>();

  @Test
  void startsOneFakePerClassAndClosesItAfterwards() {
    SEEN_URLS.clear();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(StatefulClass.class))
                .build(),
            listener);

    TestExecutionSummary summary = listener.getSummary();
    summary.getFailures().forEach(failure -> failure.getException().printStackTrace());
    assertThat(summary.getTestsSucceededCount()).isEqualTo(4);
    assertThat(summary.getTestsFailedCount()).isZero();
    // Four constructions of the outer class (three tests, and the nested test's outer instance),
    // then the nested test.
    assertThat(SEEN_URLS).hasSize(5);
    assertThat(SEEN_URLS.subList(0, 4)).as("one fake for the class").containsOnly(SEEN_URLS.get(0));
    assertThat(SEEN_URLS.get(4)).as("a nested class gets its own").isNotEqualTo(SEEN_URLS.get(0));
    assertThatThrownBy(() -> Http.to(SEEN_URLS.get(0)).get("/api/v5/tags"))
        .as("closed after the class")
        .isInstanceOf(IOException.class);
  }

  /** Launched by the test above, not by Surefire (which skips inner classes). */
  @FakeServersTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class StatefulClass {
    StatefulClass(FakeKentik kentik) {
      SEEN_URLS.add(kentik.baseUrl());
    }

    @BeforeEach
    void faultThatMustNotLeak(FakeKentik kentik) {
      assertThat(kentik.faults().rules()).isEmpty();
    }

    @Test
    @Order(1)
    void createsATag(FakeKentik kentik) throws IOException {
      assertThat(
              Http.kentik(kentik)
                  .post("/tag", json("{'tag': {'flow_tag': 'kept', 'port': '1'}}"))
                  .status())
          .isEqualTo(200);
      kentik.faults().on("*", "/**").always().respond(Fault.status(500));
    }

    @Test
    @Order(2)
    void seesTheTagButAFreshJournalAndNoFaults(FakeKentik kentik) throws IOException {
      assertThat(kentik.journal().total()).isZero();
      assertThat(Http.kentik(kentik).get("/tags").json().path("tags")).hasSize(1);
    }

    @Test
    @Order(3)
    void sameInstanceEverywhere(FakeKentik first, FakeKentik second) {
      assertThat(first).isSameAs(second);
    }

    @Nested
    @FakeServersTest(resetStateBeforeEachTest = true, kentikSampleData = true)
    class Resetting {
      @Test
      void startsFromTheSamples(FakeKentik kentik) {
        SEEN_URLS.add(kentik.baseUrl());
        assertThat(kentik.tagCount()).isEqualTo(2);
      }
    }
  }
}
