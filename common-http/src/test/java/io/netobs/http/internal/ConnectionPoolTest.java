package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.CoreOptions;
import io.netobs.http.RateLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** How many connections a client keeps open after calls made at once. */
class ConnectionPoolTest extends MockServerTest {

  /**
   * Answers nothing until {@code calls} requests are in flight together, so that each one holds a
   * connection of its own.
   */
  private void answerWhenAllArrived(int calls) {
    CountDownLatch arrived = new CountDownLatch(calls);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            arrived.countDown();
            arrived.await(10, TimeUnit.SECONDS);
            return Servers.status(204);
          }
        });
  }

  private static void callAtOnce(HttpCore core, int calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls);
    try {
      List<Future<HttpCore.Sent>> sent = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        sent.add(threads.submit(() -> core.send(ApiRequest.get("/tags").build())));
      }
      for (Future<HttpCore.Sent> one : sent) {
        assertThat(one.get(20, TimeUnit.SECONDS).status()).isEqualTo(204);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void keepsEveryConnectionOfConcurrentCallsIdleForTheNext() throws Exception {
    int calls = 12; // more than OkHttp's default pool of 5 idle connections
    answerWhenAllArrived(calls);
    try (HttpCore core =
        Servers.core(server, CoreOptions.defaults(), new Servers.RecordingSleeper())) {
      callAtOnce(core, calls);
      assertThat(server.getRequestCount()).isEqualTo(calls);
      assertThat(core.connectionCount())
          .as("all %d connections kept idle for reuse", calls)
          .isEqualTo(calls);
    }
  }

  @Test
  void aSmallerPoolClosesTheConnectionsBeyondIt() throws Exception {
    int calls = 8;
    answerWhenAllArrived(calls);
    CoreOptions options = CoreOptions.builder().maxIdleConnections(3).build();
    try (HttpCore core = Servers.core(server, options, new Servers.RecordingSleeper())) {
      callAtOnce(core, calls);
      // OkHttp closes the connections beyond the pool's size in its own cleanup thread, soon after
      // they become idle.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (core.connectionCount() > 3 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(core.connectionCount()).isEqualTo(3);
    }
  }

  @Test
  void thePoolFollowsTheConcurrencyLimitUnlessSet() {
    assertThat(CoreOptions.defaults().connectionPoolSize())
        .isEqualTo(CoreOptions.DEFAULT_MAX_IDLE_CONNECTIONS);
    assertThat(
            CoreOptions.builder().rateLimit(new RateLimit(20, 0, 0)).build().connectionPoolSize())
        .isEqualTo(20);
    assertThat(
            CoreOptions.builder().rateLimit(new RateLimit(1, 60, 0)).build().connectionPoolSize())
        .as("never fewer than OkHttp's own 5")
        .isEqualTo(5);
    CoreOptions set =
        CoreOptions.builder().rateLimit(new RateLimit(20, 0, 0)).maxIdleConnections(7).build();
    assertThat(set.connectionPoolSize()).isEqualTo(7);
    assertThat(set.toBuilder().build().maxIdleConnections()).isEqualTo(7);
    assertThat(set.toString()).contains("maxIdleConnections=7");
    assertThatThrownBy(() -> CoreOptions.builder().maxIdleConnections(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxIdleConnections must be >= 1");
  }
}
