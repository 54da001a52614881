package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.kentik.model.BatchStatus;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user story: 100,000 populators synced from a CSV file in a dozen lines of user code. */
class CsvSyncTest {
  @TempDir Path dir;

  @Test
  void syncsAHundredThousandPopulatorsFromACsvFile() throws IOException {
    Path csv = dir.resolve("hosts.csv");
    try (BufferedWriter out = Files.newBufferedWriter(csv)) {
      for (int i = 0; i < 100_000; i++) {
        out.write(
            "10."
                + (i >> 16 & 255)
                + "."
                + (i >> 8 & 255)
                + "."
                + (i & 255)
                + ",host-"
                + (i % 5000)
                + "\n");
      }
    }
    BatchServer server = new BatchServer();
    server.statuses.add(BatchServer.status(true, 2, 100_000, 100_000, 0));
    try (MockKentik mock = new MockKentik()) {
      mock.server.setDispatcher(server);

      // --- the user's code
      // -------------------------------------------------------------------------
      try (KentikClient kentik = mock.builder().build();
          Stream<String> lines = Files.lines(csv)) {
        BatchOperation op =
            kentik
                .batch()
                .populators("c_hostname")
                .replaceAll(true)
                .upserts(
                    lines
                        .map(line -> line.split(","))
                        .map(
                            f ->
                                BatchUpsert.builder()
                                    .value(f[1])
                                    .criteria(
                                        Criterion.builder()
                                            .direction(Direction.EITHER)
                                            .addr(f[0])
                                            .build())
                                    .build()))
                .pollInterval(Duration.ofMillis(10))
                .send();
        BatchStatus done = op.awaitCompletion(Duration.ofMinutes(15));
        assertThat(done.upserts().applied()).isEqualTo(100_000);
      }
      // ----------------------------------------------------------------------------------------------

      assertThat(BatchTest.criteriaOf(server.posts)).hasSize(100_000);
      assertThat(server.posts).allMatch(p -> p.size() <= BatchRequest.DEFAULT_PART_SIZE_LIMIT);
      assertThat(server.posts.get(0).path())
          .isEqualTo("/api/v5/batch/customdimensions/c_hostname/populators");
    }
  }
}
