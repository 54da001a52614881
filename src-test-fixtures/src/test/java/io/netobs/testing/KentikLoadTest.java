package io.netobs.testing;

import static io.netobs.testing.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 32 threads at once, with random faults: nothing is lost, nothing crashes, state stays consistent.
 */
class KentikLoadTest {

  @Test
  void thirtyTwoThreadsWithRandomFaults() throws Exception {
    int threads = 32;
    int perThread = 40;
    try (FakeKentik kentik = FakeKentik.builder().sampleData(true).start()) {
      kentik
          .faults()
          .randomly(
              0.1,
              11L,
              Fault.status(503),
              Fault.tooManyRequests(null),
              Fault.disconnectBeforeResponse());
      Http http = Http.kentik(kentik);
      AtomicInteger created = new AtomicInteger();
      AtomicInteger transportFailures = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          results.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < perThread; i++) {
                      try {
                        Http.Response response =
                            i % 2 == 0
                                ? http.post(
                                    "/tag",
                                    json(
                                        "{'tag': {'flow_tag': 't"
                                            + thread
                                            + "_"
                                            + i
                                            + "', 'port': '"
                                            + i
                                            + "'}}"))
                                : http.get("/customdimensions");
                        assertThat(response.status()).isIn(200, 429, 503);
                        if (i % 2 == 0 && response.status() == 200) {
                          created.incrementAndGet();
                        }
                      } catch (IOException e) {
                        transportFailures.incrementAndGet();
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> result : results) {
          result.get();
        }
      } finally {
        pool.shutdownNow();
      }

      Journal journal = kentik.journal();
      // java.net.http retries a GET once when the connection closes before an answer, so GETs may
      // count twice.
      assertThat(journal.total()).isGreaterThanOrEqualTo((long) threads * perThread);
      assertThat(journal.entries()).noneMatch(entry -> entry.status() == 500);
      long faulted = journal.entries().stream().filter(Journal.Entry::faulted).count();
      assertThat(faulted).isBetween(60L, 200L);
      assertThat(transportFailures.get()).isLessThanOrEqualTo((int) faulted);
      assertThat(kentik.tagCount())
          .as("only unfaulted creates are applied")
          .isEqualTo(2 + created.get());
      assertThat(journal.count("POST", "/tag")).isEqualTo((long) threads * perThread / 2);
    }
  }
}
