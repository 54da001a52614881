package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.Tag;
import io.netobs.http.AnswerType;
import io.netobs.http.ClientErrorException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RawRequest;
import io.netobs.http.RequestOptions;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.internal.EnvProxy;
import io.netobs.http.testing.SecretScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's raw calls, its per-call options view, and the proxy that fromEnv reads. */
class RawAndRequestOptionsTest {
  private static final String KEY = "eh-key-SECRET-77";
  private MockWebServer server;
  private ExtraHopClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client =
        ExtraHopClient.builder()
            .baseUrl(server.url("/api/v1").toString())
            .apiKey(KEY)
            .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ZERO).build())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private void answer(int code, String json) {
    server.enqueue(TestCores.json(code, json));
  }

  @Test
  void aRawCallGoesUnderTheBaseUrlWithTheApiKey() throws Exception {
    answer(200, "[{\"id\": 3, \"name\": \"web\", \"mod_time\": 1700000000000, \"later\": 1}]");

    List<Tag> tags =
        client
            .raw()
            .call(
                RawRequest.builder().method("GET").path("/tags").query("limit", 10).build(),
                AnswerType.listOf(Tag.class));

    assertThat(tags).hasSize(1);
    assertThat(tags.get(0).id()).isEqualTo(3);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/api/v1/tags?limit=10");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("ExtraHop apikey=" + KEY);
  }

  @Test
  void aRawCallGetsTheServicesOwn404() {
    answer(404, "{\"error_message\": \"no such page\"}");

    assertThatThrownBy(
            () ->
                client
                    .raw()
                    .tree(RawRequest.builder().method("GET").path("/whitelist/devices").build()))
        .isExactlyInstanceOf(NotFoundException.class);
  }

  @Test
  void aRawPostAnswersAsTextAndIsSentOnce() throws Exception {
    answer(503, "{}");
    answer(201, "");

    assertThatThrownBy(
            () ->
                client
                    .raw()
                    .call(
                        RawRequest.builder()
                            .method("POST")
                            .path("/tags")
                            .body(Map.of("name", "web"))
                            .build()))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"name\":\"web\"}");
  }

  @Test
  void aViewWithRequestOptionsChangesOnlyItsOwnCalls() throws Exception {
    answer(503, "{}");
    answer(503, "{}");
    answer(200, "{\"id\": 3, \"name\": \"web\"}");
    ExtraHopClient once =
        client.withRequestOptions(
            RequestOptions.builder()
                .retryPolicy(RetryPolicy.none())
                .header("X-Request-Source", "once")
                .build());

    assertThatThrownBy(() -> once.tags().get(3)).isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getHeaders().get("X-Request-Source")).isEqualTo("once");

    assertThat(client.tags().get(3).name()).isEqualTo("web");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(server.takeRequest().getHeaders().get("X-Request-Source")).isNull();
    assertThat(once.options().retryPolicy()).isEqualTo(RetryPolicy.none());
    assertThat(once.baseUrl()).isEqualTo(client.baseUrl());
  }

  @Test
  void closingTheClientClosesItsViewsAndAViewHasNothingToClose() {
    answer(200, "{\"id\": 3, \"name\": \"web\"}");
    ExtraHopClient view =
        client.withRequestOptions(
            RequestOptions.builder().readTimeout(Duration.ofMinutes(5)).build());
    view.close();
    assertThat(client.tags().get(3).id()).isEqualTo(3);

    client.close();

    assertThatThrownBy(() -> view.tags().get(3)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> view.raw().call(RawRequest.builder().method("GET").path("/tags").build()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void fromEnvSendsThroughTheProxyOfHttpProxyWithItsCredentials() throws Exception {
    MockWebServer proxy = new MockWebServer();
    proxy.start();
    String password = "pr0xy-SECRET-pw";
    try {
      proxy.enqueue(
          new MockResponse.Builder()
              .code(407)
              .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
              .build());
      proxy.enqueue(TestCores.json(200, "{\"id\": 3, \"name\": \"web\"}"));
      Map<String, String> env =
          Map.of(
              "EXTRAHOP_HOST",
              "http://eh.internal.test",
              "EXTRAHOP_API_KEY",
              KEY,
              "HTTP_PROXY",
              "http://ann:" + password + "@" + proxy.getHostName() + ":" + proxy.getPort(),
              "NO_PROXY",
              "example.com");
      ExtraHopClient.Builder builder = ExtraHopClient.builderFromEnv(env::get, k -> null);
      try (ExtraHopClient viaProxy = builder.allowCleartextCredentials(true).build()) {
        assertThat(viaProxy.tags().get(3).name()).isEqualTo("web");
        assertThat(viaProxy.options().proxySelector()).isInstanceOf(EnvProxy.class);
        SecretScan scan =
            new SecretScan()
                .secret(password)
                .object(viaProxy)
                .object(viaProxy.options())
                .object(builder);
        assertThat(scan.leaks()).isEmpty();
      }
      assertThat(proxy.takeRequest().getRequestLine())
          .isEqualTo("GET http://eh.internal.test/api/v1/tags/3 HTTP/1.1");
      assertThat(proxy.takeRequest().getHeaders().get("Proxy-Authorization"))
          .isEqualTo(
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString(("ann:" + password).getBytes(StandardCharsets.UTF_8)));
    } finally {
      proxy.close();
    }
  }

  @Test
  void fromEnvWithoutProxyVariablesLeavesTheJvmsSelector() {
    Map<String, String> env = Map.of("EXTRAHOP_HOST", "eh.example.com", "EXTRAHOP_API_KEY", KEY);
    try (ExtraHopClient c = ExtraHopClient.builderFromEnv(env::get, k -> null).build()) {
      assertThat(c.options().proxySelector()).isNull();
    }
  }

  @Test
  void aBadProxyVariableIsNamed() {
    Map<String, String> env =
        Map.of(
            "EXTRAHOP_HOST", "eh.example.com",
            "EXTRAHOP_API_KEY", KEY,
            "HTTPS_PROXY", "ftp://u:pw-SECRET@p.test");
    assertThatThrownBy(() -> ExtraHopClient.fromEnv(env::get, k -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HTTPS_PROXY")
        .hasMessageNotContaining("SECRET");
  }

  @Test
  void withoutCredentialsTheProxys407IsAnError() throws Exception {
    MockWebServer proxy = new MockWebServer();
    proxy.start();
    try {
      proxy.enqueue(new MockResponse.Builder().code(407).build());
      Map<String, String> env =
          Map.of(
              "EXTRAHOP_HOST",
              "http://eh.internal.test",
              "EXTRAHOP_API_KEY",
              KEY,
              "http_proxy",
              proxy.getHostName() + ":" + proxy.getPort());
      try (ExtraHopClient viaProxy =
          ExtraHopClient.builderFromEnv(env::get, k -> null)
              .allowCleartextCredentials(true)
              .build()) {
        assertThatThrownBy(() -> viaProxy.tags().get(3))
            .isInstanceOf(ClientErrorException.class)
            .hasMessageContaining("407");
      }
      assertThat(proxy.getRequestCount()).isEqualTo(1);
    } finally {
      proxy.close();
    }
  }
}
