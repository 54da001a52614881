package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static io.netobs.http.internal.Servers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netobs.http.ApiTimeoutException;
import io.netobs.http.CoreOptions;
import io.netobs.http.RateLimit;
import io.netobs.http.RequestOptions;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-call options through a view of the core: each option is honoured for the view's calls only,
 * and the view shares the core's limiter, retry budget and connections.
 */
class RequestOptionsTest extends MockServerTest {
  private final Servers.RecordingSleeper sleeper = new Servers.RecordingSleeper();
  private HttpCore core;

  @BeforeEach
  void start() {
    core = Servers.core(server, CoreOptions.defaults(), sleeper);
  }

  @AfterEach
  void stop() {
    core.close();
  }

  private static ApiRequest device() {
    return ApiRequest.get("/devices/{}", 7).build();
  }

  private static MockResponse slow(long millis) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body("{\"id\": 7}")
        .headersDelay(millis, TimeUnit.MILLISECONDS)
        .build();
  }

  @Test
  void aShortReadTimeoutFailsTheViewsCallWhileTheClientsOwnWaits() {
    server.enqueue(slow(1500));
    server.enqueue(slow(300));
    HttpCore impatient =
        core.withRequestOptions(
            RequestOptions.builder()
                .readTimeout(Duration.ofMillis(100))
                .retryPolicy(RetryPolicy.none())
                .build());

    Throwable thrown = catchThrowable(() -> impatient.json(device(), Map.class));

    assertThat(thrown).isInstanceOf(ApiTimeoutException.class);
    assertThat(thrown).hasCauseInstanceOf(SocketTimeoutException.class);
    // The client's own read timeout (30 s) is untouched: the same kind of answer arrives.
    assertThat(core.json(device(), Map.class)).containsEntry("id", 7);
    assertThat(impatient.options().readTimeout()).isEqualTo(Duration.ofMillis(100));
    assertThat(core.options().readTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aShortCallTimeoutEndsTheAttempt() {
    server.enqueue(slow(1500));
    HttpCore impatient =
        core.withRequestOptions(
            RequestOptions.builder()
                .callTimeout(Duration.ofMillis(150))
                .retryPolicy(RetryPolicy.none())
                .build());

    Throwable thrown = catchThrowable(() -> impatient.json(device(), Map.class));

    assertThat(thrown).isInstanceOf(ApiTimeoutException.class);
    assertThat(thrown).hasCauseInstanceOf(InterruptedIOException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retryPolicyNoneMakesOneAttemptWhereTheClientRetries() {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"id\": 7}"));
    HttpCore once =
        core.withRequestOptions(RequestOptions.builder().retryPolicy(RetryPolicy.none()).build());

    assertThatThrownBy(() -> once.json(device(), Map.class))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);

    // The client's policy (two retries) is unchanged: 503, then 200.
    assertThat(core.json(device(), Map.class)).containsEntry("id", 7);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void headersArriveOnTheViewsCallsOnly() throws Exception {
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    HttpCore traced =
        core.withRequestOptions(RequestOptions.builder().header("X-Trace-Id", "t-42").build());

    traced.json(device(), Map.class);
    core.json(device(), Map.class);

    RecordedRequest viaView = server.takeRequest();
    assertThat(viaView.getHeaders().get("X-Trace-Id")).isEqualTo("t-42");
    assertThat(viaView.getHeaders().get("Authorization"))
        .isEqualTo("ExtraHop apikey=test-key-1234");
    assertThat(server.takeRequest().getHeaders().get("X-Trace-Id")).isNull();
  }

  @Test
  void aViewOfAViewKeepsTheOuterOptionsItDoesNotReplace() throws Exception {
    server.enqueue(slow(1500));
    HttpCore outer =
        core.withRequestOptions(
            RequestOptions.builder()
                .readTimeout(Duration.ofMillis(100))
                .header("X-Outer", "1")
                .build());
    HttpCore inner =
        outer.withRequestOptions(
            RequestOptions.builder()
                .retryPolicy(RetryPolicy.none())
                .header("X-Inner", "2")
                .build());

    assertThatThrownBy(() -> inner.json(device(), Map.class))
        .isInstanceOf(ApiTimeoutException.class)
        .hasCauseInstanceOf(SocketTimeoutException.class);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Outer")).isEqualTo("1");
    assertThat(request.getHeaders().get("X-Inner")).isEqualTo("2");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void credentialAndFramingHeadersAreRefused() {
    for (String name :
        new String[] {
          "Authorization", "authorization", "X-CH-Auth-Email", "X-CH-Auth-API-Token", "Host"
        }) {
      assertThatThrownBy(() -> RequestOptions.builder().header(name, "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(name);
    }
    assertThatThrownBy(() -> RequestOptions.builder().header("X-A", "a\r\nb"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().readTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readTimeout");
  }

  @Test
  void toStringNamesHeadersWithoutTheirValues() {
    RequestOptions options =
        RequestOptions.builder()
            .readTimeout(Duration.ofSeconds(5))
            .header("X-Api-Session", "session-SECRET-1")
            .build();

    assertThat(options.toString()).contains("X-Api-Session", "PT5S").doesNotContain("SECRET");
    assertThat(options.toBuilder().build().headers())
        .containsEntry("X-Api-Session", "session-SECRET-1");
  }

  @Test
  void theViewSharesTheLimiterWithTheClient() throws Exception {
    core.close();
    core =
        Servers.core(
            server, CoreOptions.builder().rateLimit(new RateLimit(1, 0, 0)).build(), sleeper);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.sleep(200);
            inFlight.decrementAndGet();
            return json(200, "{\"id\": 7}");
          }
        });
    HttpCore view = core.withRequestOptions(RequestOptions.builder().header("X-View", "1").build());
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      Future<?>[] calls = new Future<?>[4];
      for (int i = 0; i < calls.length; i++) {
        HttpCore c = i % 2 == 0 ? core : view;
        calls[i] = threads.submit(() -> c.json(device(), Map.class));
      }
      for (Future<?> call : calls) {
        call.get(10, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(most.get()).isEqualTo(1);
  }

  @Test
  void theViewSharesConnectionsAndRetryBudget() {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(status(503));
    HttpCore view = core.withRequestOptions(RequestOptions.builder().header("X-View", "1").build());
    int before = core.retryTokens();

    assertThatThrownBy(() -> view.json(device(), Map.class))
        .isInstanceOf(ServerErrorException.class);

    // The view's two retries drew from the client's own bucket, over the client's pool.
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(core.retryTokens()).isLessThan(before);
    assertThat(view.retryTokens()).isEqualTo(core.retryTokens());
    assertThat(core.connectionCount()).isEqualTo(1);
  }

  @Test
  void closingTheClientClosesTheViewAndClosingTheViewDoesNothing() {
    server.enqueue(json(200, "{\"id\": 7}"));
    HttpCore view = core.withRequestOptions(RequestOptions.builder().build());
    view.close();
    assertThat(core.json(device(), Map.class)).containsEntry("id", 7);

    core.close();

    assertThatThrownBy(() -> view.json(device(), Map.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
