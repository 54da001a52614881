package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.RateLimit;
import io.netobs.http.RawRequest;
import io.netobs.http.RawResponse;
import io.netobs.http.RequestOptions;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.internal.EnvProxy;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Kentik's raw calls (V5, Query API, v6), its per-call options view, and fromEnv's proxy. */
class KentikRawAndRequestOptionsTest {
  private static RawRequest get(String path) {
    return RawRequest.builder().method("GET").path(path).build();
  }

  @Test
  void aRawCallCarriesKentiksCredentialsUnderTheV5BaseUrl() {
    try (MockKentik mock = new MockKentik()) {
      mock.answer(200, "{\"users\": [{\"id\": \"12\"}]}");

      Object tree = mock.client.raw().tree(get("/users"));

      assertThat(tree).isEqualTo(Map.of("users", java.util.List.of(Map.of("id", "12"))));
      RecordedRequest request = mock.take();
      assertThat(request.getTarget()).isEqualTo("/api/v5/users");
      assertThat(request.getHeaders().get("X-CH-Auth-Email")).isEqualTo(MockKentik.EMAIL);
      assertThat(request.getHeaders().get("X-CH-Auth-API-Token")).isEqualTo(MockKentik.TOKEN);
    }
  }

  @Test
  void v6CallsGoUnderTheGatewaysRoot() {
    try (MockKentik mock = new MockKentik()) {
      KentikClient client =
          mock.builder()
              .rateLimit(RateLimit.unlimited())
              .v6BaseUrl(mock.server.url("/gw").toString())
              .build();
      mock.answer(200, "{\"agents\": []}");

      RawResponse answer = client.raw().v6().call(get("/synthetics/v202309/agents"));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.text()).isEqualTo("{\"agents\": []}");
      RecordedRequest request = mock.take();
      assertThat(request.getTarget()).isEqualTo("/gw/synthetics/v202309/agents");
      assertThat(request.getHeaders().get("X-CH-Auth-API-Token")).isEqualTo(MockKentik.TOKEN);
      client.close();
    }
  }

  /** Answers after a pause, counting the most requests in flight at once. */
  private static final class Slow extends Dispatcher {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      Thread.sleep(250);
      inFlight.decrementAndGet();
      return MockKentik.response(200, "{}");
    }
  }

  private static void runTogether(Supplier<?>... calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.length);
    try {
      Future<?>[] futures = new Future<?>[calls.length];
      for (int i = 0; i < calls.length; i++) {
        futures[i] = threads.submit(calls[i]::get);
      }
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theViewSharesTheAdminLimiterWithTheClient() throws Exception {
    try (MockKentik mock = new MockKentik(new RateLimit(1, 0, 0))) {
      Slow slow = new Slow();
      mock.server.setDispatcher(slow);
      KentikClient view =
          mock.client.withRequestOptions(
              RequestOptions.builder().header("X-Job", "nightly").build());

      runTogether(
          () -> mock.client.raw().tree(get("/users")),
          () -> view.raw().tree(get("/users")),
          () -> mock.client.raw().tree(get("/plans")),
          () -> view.raw().tree(get("/plans")));

      assertThat(mock.server.getRequestCount()).isEqualTo(4);
      assertThat(slow.most.get()).isEqualTo(1);
    }
  }

  @Test
  void rawQueryPathsAreHeldToTheQueryApisLimitsNotTheAdminOnes() throws Exception {
    try (MockKentik mock = new MockKentik()) {
      KentikClient client =
          mock.builder()
              .rateLimit(new RateLimit(1, 0, 0))
              .queryRateLimit(RateLimit.unlimited())
              .build();
      Slow slow = new Slow();
      mock.server.setDispatcher(slow);
      RawRequest query =
          RawRequest.builder()
              .method("POST")
              .path("/query/topXdata")
              .bodyJson("{\"queries\": []}")
              .build();

      runTogether(
          () -> client.raw().tree(get("/users")),
          () -> client.raw().tree(query),
          () -> client.raw().tree(query));

      // The admin call holds the admin limiter (1 at a time); the queries are not behind it.
      assertThat(slow.most.get()).isEqualTo(3);
      client.close();
    }
  }

  @Test
  void aViewMakesOneAttemptWithRetryPolicyNoneAndClosesWithTheClient() {
    try (MockKentik mock = new MockKentik()) {
      mock.answer(503).answer(503).answer(200, "{\"tags\": []}");
      KentikClient once =
          mock.client.withRequestOptions(
              RequestOptions.builder().retryPolicy(RetryPolicy.none()).build());

      assertThatThrownBy(() -> once.flowTags().list()).isInstanceOf(ServerErrorException.class);
      assertThat(mock.server.getRequestCount()).isEqualTo(1);
      assertThat(mock.client.flowTags().list()).isEmpty();
      assertThat(mock.server.getRequestCount()).isEqualTo(3);

      once.close();
      mock.client.close();
      assertThatThrownBy(() -> once.flowTags().list()).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void kentiksAuthHeadersCannotBeOverriddenPerCall() {
    assertThatThrownBy(() -> RequestOptions.builder().header("X-CH-Auth-API-Token", "other"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().header("x-ch-auth-email", "a@b.c"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromEnvReadsTheProxyVariables() {
    Map<String, String> env =
        Map.of(
            "KENTIK_EMAIL", "env@example.com",
            "KENTIK_API_TOKEN", "env-token",
            "HTTPS_PROXY", "http://ann:pw-SECRET@proxy.corp.test:3128",
            "NO_PROXY", "grpc.api.kentik.com");
    try (KentikClient client = KentikClient.builder().fromEnv(env::get, k -> null).build()) {
      EnvProxy selector = (EnvProxy) client.options().proxySelector();
      assertThat(selector.select(URI.create(client.baseUrl())).get(0).type())
          .isEqualTo(Proxy.Type.HTTP);
      assertThat(selector.select(URI.create(client.v6BaseUrl()))).containsExactly(Proxy.NO_PROXY);
      assertThat(client.options().toString()).doesNotContain("SECRET").doesNotContain("ann");
    }
  }
}
