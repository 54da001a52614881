package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.testing.ExtraHopCalls.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * 32 threads at once, as the SDK's load test does: every answer as expected, the state consistent.
 */
class ExtraHopConcurrencyTest {
  private static final int THREADS = 32;
  private static final int ROUNDS = 20;

  @Test
  void manyThreadsReadAndWriteWithoutLosingAnything() throws Exception {
    ExtraHopApi api = ExtraHopApi.builder().devices(200).records(300).build();
    ExtraHopCalls calls = ExtraHopCalls.withKey(api);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        int worker = thread;
        results.add(
            pool.submit(
                () -> {
                  List<String> failures = new ArrayList<>();
                  for (int round = 0; round < ROUNDS; round++) {
                    Reply created =
                        calls.post("/tags", "{\"name\": \"t-" + worker + "-" + round + "\"}");
                    expect(failures, created, 201);
                    String tag = created.createdId();
                    expect(
                        failures,
                        calls.post(
                            "/tags/" + tag + "/devices",
                            "{\"assign\": [" + (1 + round) + ", " + (100 + worker) + "]}"),
                        204);
                    expect(failures, calls.get("/devices?limit=50&offset=" + round), 200);
                    Reply records =
                        calls.post("/records/search", "{\"from\": \"-2h\", \"limit\": 100}");
                    expect(failures, records, 200);
                    expect(
                        failures,
                        calls.get("/records/cursor/" + records.json().get("cursor").asText()),
                        200);
                    expect(
                        failures,
                        calls.patch(
                            "/devices/" + (100 + worker), "{\"description\": \"r" + round + "\"}"),
                        204);
                    if (round % 2 == 1) {
                      expect(failures, calls.delete("/tags/" + tag), 204);
                    }
                  }
                  return failures;
                }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(api.store("tags")).hasSize(3 + THREADS * ROUNDS / 2);
    for (int worker = 0; worker < THREADS; worker++) {
      assertThat(api.assignments("devices", 100 + worker, "tags")).hasSize(ROUNDS / 2);
    }
  }

  private static void expect(List<String> failures, Reply reply, int status) {
    if (reply.status() != status) {
      failures.add(reply.toString());
    }
  }
}
