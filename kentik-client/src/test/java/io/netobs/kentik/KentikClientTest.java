package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.RateLimit;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class KentikClientTest {
  static UnaryOperator<String> from(Map<String, String> values) {
    return values::get;
  }

  static final UnaryOperator<String> NONE = name -> null;

  @Test
  void regionsChooseTheCluster() {
    try (KentikClient us = KentikClient.builder().email("a@b.c").apiToken("token-1").build();
        KentikClient eu =
            KentikClient.builder()
                .email("a@b.c")
                .apiToken("token-1")
                .region(KentikRegion.EU)
                .build()) {
      assertThat(us.baseUrl()).isEqualTo("https://api.kentik.com/api/v5");
      assertThat(eu.baseUrl()).isEqualTo("https://api.kentik.eu/api/v5");
    }
    assertThat(KentikRegion.of("eu")).isEqualTo(KentikRegion.EU);
    assertThatThrownBy(() -> KentikRegion.of("apac"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("US or EU");
  }

  @Test
  void theV6GatewayFollowsTheRegionOrTheBaseUrl() {
    try (KentikClient us = KentikClient.builder().email("a@b.c").apiToken("token-1").build();
        KentikClient eu =
            KentikClient.builder()
                .email("a@b.c")
                .apiToken("token-1")
                .region(KentikRegion.EU)
                .build();
        KentikClient proxied =
            KentikClient.builder()
                .email("a@b.c")
                .apiToken("token-1")
                .baseUrl("https://proxy.example.com:8443/kentik/api/v5/")
                .build();
        KentikClient explicit =
            KentikClient.builder()
                .email("a@b.c")
                .apiToken("token-1")
                .baseUrl("https://proxy.example.com/v5")
                .v6BaseUrl("https://v6.proxy.example.com")
                .build();
        KentikClient regionUrl =
            KentikClient.builder()
                .email("a@b.c")
                .apiToken("token-1")
                .baseUrl("https://api.kentik.eu/api/v5/")
                .build()) {
      assertThat(us.v6BaseUrl()).isEqualTo("https://grpc.api.kentik.com");
      assertThat(eu.v6BaseUrl()).isEqualTo("https://grpc.api.kentik.eu");
      assertThat(proxied.v6BaseUrl()).isEqualTo("https://proxy.example.com:8443/kentik");
      assertThat(explicit.v6BaseUrl()).isEqualTo("https://v6.proxy.example.com");
      assertThat(regionUrl.v6BaseUrl()).isEqualTo("https://grpc.api.kentik.eu");
      assertThat(eu.withOptions(o -> o.userAgentSuffix("variant/1")).v6BaseUrl())
          .isEqualTo("https://grpc.api.kentik.eu");
    }
  }

  @Test
  void theDefaultRateLimitIsKentiksDocumentedAdminLimit() {
    try (KentikClient client = KentikClient.builder().email("a@b.c").apiToken("token-1").build()) {
      assertThat(client.options().rateLimit()).isEqualTo(new RateLimit(1, 60, 3750));
      assertThat(KentikClient.DEFAULT_RATE_LIMIT).isEqualTo(new RateLimit(1, 60, 3750));
    }
    try (KentikClient client =
        KentikClient.builder()
            .email("a@b.c")
            .apiToken("token-1")
            .rateLimit(RateLimit.unlimited())
            .build()) {
      assertThat(client.options().rateLimit().limits()).isFalse();
    }
  }

  @Test
  void credentialsAreRequired() {
    assertThatThrownBy(() -> KentikClient.builder().apiToken("t-1234").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("email");
    assertThatThrownBy(() -> KentikClient.builder().email("a@b.c").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiToken");
    assertThatThrownBy(() -> KentikClient.builder().apiToken("bad\ntoken"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiToken")
        .hasMessageNotContaining("bad");
  }

  @Test
  void cleartextCredentialsAreRefusedOffLoopback() {
    assertThatThrownBy(
            () ->
                KentikClient.builder()
                    .email("a@b.c")
                    .apiToken("token-1")
                    .baseUrl("http://kentik.example.com/api/v5")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clear text");
  }

  @Test
  void fromEnvReadsTheVariables() {
    KentikClient.Builder b =
        KentikClient.builder()
            .fromEnv(
                from(
                    Map.of(
                        "KENTIK_EMAIL",
                        "env@example.com",
                        "KENTIK_API_TOKEN",
                        "env-token",
                        "KENTIK_REGION",
                        "eu")),
                NONE);
    try (KentikClient client = b.build()) {
      assertThat(client.baseUrl()).isEqualTo("https://api.kentik.eu/api/v5");
    }
  }

  @Test
  void systemPropertiesComeBeforeVariablesAndTheUrlBeforeTheRegion() {
    try (MockKentik mock = new MockKentik()) {
      mock.answer(200, "{\"tags\": []}");
      KentikClient.Builder b =
          KentikClient.builder()
              .fromEnv(
                  from(
                      Map.of(
                          "KENTIK_EMAIL",
                          "env@example.com",
                          "KENTIK_API_TOKEN",
                          "env-token",
                          "KENTIK_REGION",
                          "EU")),
                  from(
                      Map.of(
                          "kentik.email",
                          "prop@example.com",
                          "kentik.apiToken",
                          "prop-token",
                          "kentik.apiUrl",
                          mock.server.url("/api/v5").toString())));
      try (KentikClient client = b.build()) {
        client.flowTags().list();
      }
      RecordedRequest r = mock.take();
      assertThat(r.getHeaders().get("X-CH-Auth-Email")).isEqualTo("prop@example.com");
      assertThat(r.getHeaders().get("X-CH-Auth-API-Token")).isEqualTo("prop-token");
    }
  }

  @Test
  void fromEnvAlsoReadsTheVariablesOfKentiksOwnTools() {
    Map<String, String> kentikTools =
        Map.of(
            "KTAPI_AUTH_EMAIL",
            "tools@example.com",
            "KTAPI_AUTH_TOKEN",
            "tools-token",
            "KTAPI_URL",
            "https://grpc.api.kentik.eu");
    try (MockKentik mock = new MockKentik()) {
      mock.answer(200, "{\"tags\": []}");
      Map<String, String> environment = new HashMap<>(kentikTools);
      environment.put("KENTIK_API_URL", mock.server.url("/api/v5").toString());
      try (KentikClient client = KentikClient.builder().fromEnv(from(environment), NONE).build()) {
        assertThat(client.v6BaseUrl()).isEqualTo("https://grpc.api.kentik.eu");
        client.flowTags().list();
      }
      RecordedRequest r = mock.take();
      assertThat(r.getHeaders().get("X-CH-Auth-Email")).isEqualTo("tools@example.com");
      assertThat(r.getHeaders().get("X-CH-Auth-API-Token")).isEqualTo("tools-token");
    }
    try (MockKentik mock = new MockKentik()) {
      mock.answer(200, "{\"tags\": []}");
      Map<String, String> both = new HashMap<>(kentikTools);
      both.put("KENTIK_EMAIL", "ours@example.com");
      both.put("KENTIK_API_TOKEN", "our-token");
      both.put("KENTIK_API_URL", mock.server.url("/api/v5").toString());
      try (KentikClient client = KentikClient.builder().fromEnv(from(both), NONE).build()) {
        client.flowTags().list();
      }
      RecordedRequest r = mock.take();
      assertThat(r.getHeaders().get("X-CH-Auth-Email")).isEqualTo("ours@example.com");
      assertThat(r.getHeaders().get("X-CH-Auth-API-Token")).isEqualTo("our-token");
    }
    assertThatThrownBy(
            () ->
                KentikClient.builder()
                    .fromEnv(
                        from(Map.of("KTAPI_AUTH_EMAIL", "a@b.c", "KTAPI_AUTH_TOKEN", "bad\ntoken")),
                        NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KTAPI_AUTH_TOKEN")
        .hasMessageNotContaining("bad");
    assertThatThrownBy(() -> KentikClient.builder().fromEnv(NONE, NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("KENTIK_EMAIL")
        .hasMessageContaining("KTAPI_AUTH_EMAIL");
  }

  @Test
  void fromEnvNamesTheMissingVariable() {
    assertThatThrownBy(
            () -> KentikClient.builder().fromEnv(from(Map.of("KENTIK_API_TOKEN", "t-1234")), NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("KENTIK_EMAIL")
        .hasMessageContaining("kentik.email");
    assertThatThrownBy(
            () ->
                KentikClient.builder()
                    .fromEnv(from(Map.of("KENTIK_EMAIL", "a@b.c", "KENTIK_API_TOKEN", " ")), NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("KENTIK_API_TOKEN")
        .hasMessageContaining("kentik.apiToken");
    assertThatThrownBy(
            () ->
                KentikClient.builder()
                    .fromEnv(
                        from(
                            Map.of(
                                "KENTIK_EMAIL",
                                "a@b.c",
                                "KENTIK_API_TOKEN",
                                "t-1234",
                                "KENTIK_REGION",
                                "mars")),
                        NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KENTIK_REGION")
        .hasMessageContaining("mars");
  }

  @Test
  void toStringShowsNoSecrets() {
    KentikClient.Builder b =
        KentikClient.builder().email("secret-user@example.com").apiToken("tok-very-secret-123");
    assertThat(b.toString()).doesNotContain("tok-very-secret-123").doesNotContain("secret-user");
    try (KentikClient client = b.build()) {
      assertThat(client.toString()).isEqualTo("KentikClient[https://api.kentik.com/api/v5]");
      assertThat(client.options().toString()).doesNotContain("tok-very-secret-123");
    }
  }

  @Test
  void withOptionsMakesAVariantSharingConnections() {
    try (MockKentik mock = new MockKentik()) {
      mock.answer(200, "{\"tags\": []}").answer(200, "{\"tags\": []}");
      KentikClient variant =
          mock.client.withOptions(
              o -> o.readTimeout(Duration.ofSeconds(5)).header("X-Trace", "abc"));
      assertThat(variant.options().readTimeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(mock.client.options().readTimeout()).isEqualTo(Duration.ofSeconds(30));
      variant.flowTags().list();
      variant.close(); // leaves the original open
      mock.client.flowTags().list();
      assertThat(mock.take().getHeaders().get("X-Trace")).isEqualTo("abc");
      assertThat(mock.take().getHeaders().get("X-Trace")).isNull();
    }
  }

  @Test
  void aClosedClientRefusesCalls() {
    try (MockKentik mock = new MockKentik()) {
      mock.client.close();
      assertThatThrownBy(() -> mock.client.flowTags().list())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
    }
  }
}
