package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.RateLimitedException;
import io.netobs.http.ServerErrorException;
import io.netobs.http.UnauthorizedException;
import io.netobs.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AuthTest extends MockServerTest {
  private final Servers.RecordingSleeper sleeper = new Servers.RecordingSleeper();

  @Test
  void extraHopApiKeyHeader() throws Exception {
    server.enqueue(Servers.status(204));
    try (HttpCore core =
        Servers.core(server, Auth.extraHopApiKey("abc123"), CoreOptions.defaults(), sleeper)) {
      core.send(ApiRequest.get("/extrahop").build());
    }
    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("ExtraHop apikey=abc123");
  }

  @Test
  void kentikHeaders() throws Exception {
    server.enqueue(Servers.status(204));
    try (HttpCore core =
        Servers.core(
            server, Auth.kentik("me@example.com", "tok-987"), CoreOptions.defaults(), sleeper)) {
      core.send(ApiRequest.get("/tags").build());
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-CH-Auth-Email")).isEqualTo("me@example.com");
    assertThat(request.getHeaders().get("X-CH-Auth-API-Token")).isEqualTo("tok-987");
  }

  @Test
  void credentialsAreCheckedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> Auth.extraHopApiKey(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("apiKey");
    assertThatThrownBy(() -> Auth.extraHopApiKey(" "))
        .hasMessageContaining("apiKey must not be blank");
    assertThatThrownBy(() -> Auth.kentik("a@b.c", "x\r\nInjected: 1"))
        .hasMessageContaining("apiToken")
        .hasMessageContaining("line breaks");
    assertThatThrownBy(() -> Auth.oauth2ClientCredentials("id", ""))
        .hasMessageContaining("clientSecret");
  }

  @Test
  void credentialsAreRefusedOverPlainHttpToANetworkHost() {
    assertThatThrownBy(
            () ->
                HttpCore.create(
                    "http://appliance.example.com/api/v1",
                    Auth.extraHopApiKey("k-1234"),
                    CoreOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clear text")
        .hasMessageContaining("appliance.example.com")
        .hasMessageNotContaining("k-1234");
    assertThatThrownBy(
            () ->
                HttpCore.create(
                    "http://10.1.2.3/api/v5",
                    Auth.kentik("a@b.c", "t-1234"),
                    CoreOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
    for (String url :
        List.of(
            "http://127.0.0.1:8080/api/v1",
            "http://localhost/api/v1",
            "http://[::1]:9/api/v1",
            "http://127.9.9.9/x")) {
      assertThatCode(
              () ->
                  HttpCore.create(url, Auth.extraHopApiKey("k-1234"), CoreOptions.defaults())
                      .close())
          .doesNotThrowAnyException();
    }
    assertThatCode(
            () ->
                HttpCore.create(
                        "http://appliance.example.com/api/v1",
                        Auth.extraHopApiKey("k-1234"),
                        CoreOptions.builder().allowCleartextCredentials(true).build())
                    .close())
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                HttpCore.create(
                        "http://appliance.example.com/api/v1", Auth.none(), CoreOptions.defaults())
                    .close())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> HttpCore.create("ftp://x/api", Auth.none(), CoreOptions.defaults()))
        .hasMessageContaining("baseUrl");
  }

  /** A RevealX 360 stand-in: a token endpoint and an API that accepts only the current token. */
  private static class CloudDispatcher extends Dispatcher {
    final AtomicInteger tokensMinted = new AtomicInteger();
    final AtomicReference<String> validToken = new AtomicReference<>();
    final List<String> tokenAuthHeaders = new CopyOnWriteArrayList<>();
    final List<String> tokenForms = new CopyOnWriteArrayList<>();
    volatile long expiresIn = 3600;
    volatile long tokenDelayMillis;

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      if (request.getUrl().encodedPath().equals("/oauth2/token")) {
        tokenAuthHeaders.add(request.getHeaders().get("Authorization"));
        tokenForms.add(request.getBody() == null ? "" : request.getBody().utf8());
        if (!"Basic Y2xpZW50LWlkOnMzY3JldC12YWx1ZQ=="
            .equals(request.getHeaders().get("Authorization"))) {
          return json(401, "{\"error\": \"invalid_client\"}");
        }
        Thread.sleep(tokenDelayMillis);
        String token = "token-" + tokensMinted.incrementAndGet() + "-abcdef";
        validToken.set(token);
        return json(
            200,
            "{\"access_token\": \""
                + token
                + "\", \"token_type\": \"Bearer\", \"expires_in\": "
                + expiresIn
                + "}");
      }
      if (("Bearer " + validToken.get()).equals(request.getHeaders().get("Authorization"))) {
        return json(200, "{\"ok\": true}");
      }
      return json(401, "{\"error_message\": \"invalid token\"}");
    }
  }

  private HttpCore cloudCore(CloudDispatcher dispatcher, Clock clock, String secret) {
    server.setDispatcher(dispatcher);
    return Servers.core(
        server,
        Auth.oauth2ClientCredentials("client-id", secret),
        CoreOptions.builder().clock(clock).build(),
        sleeper);
  }

  @Test
  void oauth2TokenIsRequestedWithBasicCredentialsAndCachedAcrossCalls() {
    CloudDispatcher cloud = new CloudDispatcher();
    try (HttpCore core = cloudCore(cloud, Clock.systemUTC(), "s3cret-value")) {
      for (int i = 0; i < 5; i++) {
        assertThat(core.json(ApiRequest.get("/detections").build(), Map.class))
            .containsEntry("ok", true);
      }
    }
    assertThat(cloud.tokensMinted.get()).isEqualTo(1);
    assertThat(cloud.tokenForms).containsExactly("grant_type=client_credentials");
  }

  @Test
  void oauth2TokenIsRenewedBeforeItExpires() {
    CloudDispatcher cloud = new CloudDispatcher();
    cloud.expiresIn = 600;
    TestClock clock = new TestClock();
    try (HttpCore core = cloudCore(cloud, clock, "s3cret-value")) {
      core.send(ApiRequest.get("/detections").build());
      clock.advance(Duration.ofSeconds(500)); // still valid, outside the margin
      core.send(ApiRequest.get("/detections").build());
      assertThat(cloud.tokensMinted.get()).isEqualTo(1);
      clock.advance(Duration.ofSeconds(45)); // 545 s: inside the last tenth (60 s)
      core.send(ApiRequest.get("/detections").build());
      assertThat(cloud.tokensMinted.get()).isEqualTo(2);
    }
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void aRefusedTokenIsMintedAgainOnceAndTheCallSucceeds() {
    CloudDispatcher cloud = new CloudDispatcher();
    try (HttpCore core = cloudCore(cloud, Clock.systemUTC(), "s3cret-value")) {
      core.send(ApiRequest.get("/detections").build());
      cloud.validToken.set("revoked-on-the-server");
      assertThat(core.json(ApiRequest.get("/detections").build(), Map.class))
          .containsEntry("ok", true);
    }
    assertThat(cloud.tokensMinted.get()).isEqualTo(2);
  }

  @Test
  void aSecond401AfterRenewalEndsTheCall() {
    CloudDispatcher cloud =
        new CloudDispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            MockResponse answer = super.dispatch(request);
            return request.getUrl().encodedPath().equals("/oauth2/token")
                ? answer
                : json(401, "{\"error_message\": \"no access\"}");
          }
        };
    try (HttpCore core = cloudCore(cloud, Clock.systemUTC(), "s3cret-value")) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/detections").build()))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageMatching(
              Servers.endingAfter("GET /api/v1/detections: 401 Unauthorized: no access", 2))
          .satisfies(
              e ->
                  assertThat(e.getSuppressed())
                      .as("the first 401, after which the token was renewed")
                      .singleElement()
                      .isInstanceOf(UnauthorizedException.class));
    }
    assertThat(cloud.tokensMinted.get()).isEqualTo(2);
  }

  /** A dispatcher whose token endpoint answers {@code faults} first, then as usual. */
  private static CloudDispatcher tokenFaults(MockResponse... faults) {
    ConcurrentLinkedQueue<MockResponse> queue = new ConcurrentLinkedQueue<>(List.of(faults));
    return new CloudDispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getUrl().encodedPath().equals("/oauth2/token")) {
          MockResponse fault = queue.poll();
          if (fault != null) {
            return fault;
          }
        }
        return super.dispatch(request);
      }
    };
  }

  @Test
  void aTokenRequestIsRetriedLikeAnyCallThatIsSafeToRepeat() {
    CloudDispatcher cloud =
        tokenFaults(
            json(503, "{\"error\": \"busy\"}"),
            new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{\"access_token\": \"tok")
                .build());
    try (HttpCore core = cloudCore(cloud, Clock.systemUTC(), "s3cret-value")) {
      assertThat(core.json(ApiRequest.get("/detections").build(), Map.class))
          .containsEntry("ok", true);
    }
    assertThat(cloud.tokensMinted.get()).isEqualTo(1);
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void aTokenRequestThatKeepsFailingEndsWithTheTypedErrorAndNoTokenInTheMessage() {
    MockResponse html =
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body("<html><head><title>502 Bad Gateway</title></head></html>")
            .build();
    try (HttpCore core =
        cloudCore(tokenFaults(html, html, html), Clock.systemUTC(), "s3cret-value")) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/detections").build()))
          .isInstanceOf(ServerErrorException.class)
          .hasMessageMatching(
              Pattern.quote("POST /oauth2/token: 502 Bad Gateway: 502 Bad Gateway")
                  + " \\(before any attempt was sent, call [0-9a-f]{8}\\)");
    }
    MockResponse limited = json(429, "{\"error\": \"slow down\"}");
    try (HttpCore core =
        cloudCore(tokenFaults(limited, limited, limited), Clock.systemUTC(), "s3cret-value")) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/detections").build()))
          .isInstanceOf(RateLimitedException.class);
    }
    MockResponse cut =
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"access_token\": \"eyJraWQiOi-live-token-material")
            .build();
    try (HttpCore core = cloudCore(tokenFaults(cut, cut, cut), Clock.systemUTC(), "s3cret-value")) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/detections").build()))
          .isInstanceOf(DecodingException.class)
          .hasMessageContaining("token answer is not JSON")
          .hasMessageNotContaining("eyJraWQiOi")
          .hasMessageNotContaining("live-token");
    }
  }

  @Test
  void aBadClientSecretIsATypedErrorWithoutTheSecret() {
    CloudDispatcher cloud = new CloudDispatcher();
    try (HttpCore core = cloudCore(cloud, Clock.systemUTC(), "wrong-secret-value")) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/detections").build()))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("/oauth2/token")
          .hasMessageContaining("invalid_client")
          .hasMessageNotContaining("wrong-secret-value");
    }
  }

  @Test
  void concurrentCallersShareOneTokenRequest() throws Exception {
    CloudDispatcher cloud = new CloudDispatcher();
    cloud.tokenDelayMillis = 300;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try (HttpCore core = cloudCore(cloud, Clock.systemUTC(), "s3cret-value")) {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(pool.submit(() -> core.send(ApiRequest.get("/detections").build())));
      }
      for (Future<?> call : calls) {
        call.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(cloud.tokensMinted.get()).isEqualTo(1);
  }

  @Test
  void authSchemesKeepTheirSecretsOutOfToString() {
    assertThat(Auth.extraHopApiKey("abcdef123").toString()).doesNotContain("abcdef123");
    assertThat(Auth.kentik("me@example.com", "tok-987654").toString())
        .doesNotContain("tok-987654")
        .doesNotContain("me@example.com");
    assertThat(Auth.oauth2ClientCredentials("cid", "csecret-123").toString())
        .doesNotContain("csecret-123");
  }
}
