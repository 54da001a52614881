package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.RateLimit;
import io.netobs.http.TransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call interrupted while it waits (for the rate limit, or before a retry) ends with a transport
 * failure and leaves the thread's interrupt flag set, so the caller's own code sees it too.
 */
class InterruptsTest extends MockServerTest {
  @AfterEach
  void clearFlag() {
    Thread.interrupted();
  }

  @Test
  void anInterruptWhileWaitingForTheRateLimitIsKept() {
    CoreOptions options =
        CoreOptions.builder()
            .rateLimit(new RateLimit(1, 0, 0))
            .limiter(
                (key, limit) -> {
                  throw new InterruptedException();
                })
            .build();
    try (HttpCore core =
        HttpCore.create(server.url("/api").toString(), Auth.none(), options, d -> {}, () -> 0.0)) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/a").build()))
          .isInstanceOf(TransportException.class)
          .hasMessageStartingWith("GET /api/a: interrupted while waiting for the rate limit");
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anInterruptWhileWaitingToRetryIsKept() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    try (HttpCore core =
        HttpCore.create(
            server.url("/api").toString(),
            Auth.none(),
            CoreOptions.defaults(),
            d -> {
              throw new InterruptedException();
            },
            () -> 0.5)) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/a").build()))
          .isInstanceOf(TransportException.class)
          .hasMessageStartingWith("GET /api/a: interrupted while waiting to retry");
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
