package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.CallHook;
import io.netobs.http.CoreOptions;
import io.netobs.http.RetryPolicy;
import io.netobs.http.TransportException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The time a hook is told an attempt took: from sending to its answer's headers, or to its failure,
 * a span of this call and never more.
 */
class AttemptTimesTest extends MockServerTest {
  private final List<CallHook.Outcome> outcomes = new CopyOnWriteArrayList<>();
  private final List<CallHook.CallEnd> ends = new CopyOnWriteArrayList<>();

  private CoreOptions options() {
    return CoreOptions.builder()
        .retryPolicy(RetryPolicy.builder().maxRetries(0).build())
        .hook(
            new CallHook() {
              @Override
              public void afterAttempt(CallHook.Outcome outcome) {
                outcomes.add(outcome);
              }

              @Override
              public void callEnded(CallHook.CallEnd end) {
                ends.add(end);
              }
            })
        .build();
  }

  @Test
  void anAnsweredAttemptTookLessThanTheTestItself() {
    server.enqueue(json(200, "{}"));
    long before = System.nanoTime();
    try (HttpCore core =
        HttpCore.create(
            server.url("/api/v1").toString(), Auth.none(), options(), d -> {}, () -> 0.0)) {
      core.send(ApiRequest.get("/a").build());
    }
    Duration whole = Duration.ofNanos(System.nanoTime() - before);

    assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(200));
    assertThat(ends).singleElement();
    assertThat(ends.get(0).duration())
        .isGreaterThanOrEqualTo(outcomes.get(0).elapsed())
        .isLessThanOrEqualTo(whole);
    assertThat(outcomes.get(0).elapsed())
        .isGreaterThanOrEqualTo(Duration.ZERO)
        .isLessThanOrEqualTo(whole);
  }

  @Test
  void anAttemptWithNoAnswerTookLessThanTheTestItself() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    long before = System.nanoTime();
    try (HttpCore core =
        HttpCore.create(
            "http://127.0.0.1:" + closedPort + "/api",
            Auth.none(),
            options(),
            d -> {},
            () -> 0.0)) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/a").build()))
          .isInstanceOf(TransportException.class);
    }
    Duration whole = Duration.ofNanos(System.nanoTime() - before);

    assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).isZero());
    assertThat(outcomes.get(0).elapsed())
        .isGreaterThanOrEqualTo(Duration.ZERO)
        .isLessThanOrEqualTo(whole);
  }
}
