package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import org.junit.jupiter.api.Test;

/** Which base URLs a core accepts, and what it says about itself, without sending anything. */
class HttpCoreSetupTest {
  private static final Auth KEY = Auth.extraHopApiKey("setup-key-1234");

  @Test
  void loopbackIsLocalhostItsSubdomainsAndLoopbackLiterals() {
    assertThat(HttpCore.isLoopback("localhost")).isTrue();
    assertThat(HttpCore.isLoopback("LocalHost")).isTrue();
    assertThat(HttpCore.isLoopback("eh.localhost")).isTrue();
    assertThat(HttpCore.isLoopback("127.0.0.1")).isTrue();
    assertThat(HttpCore.isLoopback("127.8.9.10")).isTrue();
    assertThat(HttpCore.isLoopback("::1")).isTrue();
    assertThat(HttpCore.isLoopback("10.0.0.1")).isFalse();
    assertThat(HttpCore.isLoopback("fe80::1")).isFalse();
    assertThat(HttpCore.isLoopback("localhost.example.com")).isFalse();
    assertThat(HttpCore.isLoopback("mylocalhost")).isFalse();
    assertThat(HttpCore.isLoopback("example.com")).isFalse();
    // Not an address at all: no lookup, not loopback.
    assertThat(HttpCore.isLoopback("1.2.3.4.5")).isFalse();
  }

  @Test
  void credentialsGoInClearTextOnlyToLoopbackOrWithConsent() {
    assertThatThrownBy(
            () ->
                HttpCore.create("http://appliance.example.com/api/v1", KEY, CoreOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseUrl is plain http:// to appliance.example.com: credentials would cross the network"
                + " in clear text. Use https://, or allowCleartextCredentials(true) if you accept"
                + " that");
    try (HttpCore consented =
            HttpCore.create(
                "http://appliance.example.com/api/v1",
                KEY,
                CoreOptions.builder().allowCleartextCredentials(true).build());
        HttpCore local =
            HttpCore.create("http://localhost:8080/api/v1", KEY, CoreOptions.defaults());
        HttpCore noSecret =
            HttpCore.create("http://appliance.example.com/", Auth.none(), CoreOptions.defaults());
        HttpCore tls =
            HttpCore.create(
                " https://appliance.example.com/api/v1/ ", KEY, CoreOptions.defaults())) {
      assertThat(consented.baseUrl()).isEqualTo("http://appliance.example.com/api/v1");
      assertThat(local.baseUrl()).isEqualTo("http://localhost:8080/api/v1");
      assertThat(noSecret.baseUrl()).isEqualTo("http://appliance.example.com");
      assertThat(tls.baseUrl()).isEqualTo("https://appliance.example.com/api/v1");
      assertThat(tls.auth()).isSameAs(KEY);
      assertThat(tls.toString())
          .isEqualTo("HttpCore[https://appliance.example.com/api/v1, " + KEY + "]");
      // A variant cannot take back the consent its client's plain-http URL needs.
      assertThatThrownBy(() -> consented.withOptions(CoreOptions.defaults()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "allowCleartextCredentials cannot be turned off for a client of http://"
                  + "appliance.example.com");
      assertThat(local.withOptions(CoreOptions.defaults()).baseUrl())
          .isEqualTo("http://localhost:8080/api/v1");
      assertThat(noSecret.withOptions(CoreOptions.defaults()).baseUrl())
          .isEqualTo("http://appliance.example.com");
      assertThat(consented.withBaseUrl("http://other.example.com/v2").baseUrl())
          .isEqualTo("http://other.example.com/v2");
      assertThat(tls.withBaseUrl("http://127.0.0.1:9/v2").baseUrl())
          .isEqualTo("http://127.0.0.1:9/v2");
    }
  }

  @Test
  void aBaseUrlIsHttpOrHttpsAndEveryArgumentIsRequired() {
    assertThatThrownBy(() -> HttpCore.create("ftp://example.com", KEY, CoreOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl must be an http:// or https:// URL, was 'ftp://example.com'");
    assertThatThrownBy(() -> HttpCore.create(null, KEY, CoreOptions.defaults()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("baseUrl must not be null");
    assertThatThrownBy(() -> HttpCore.create("https://example.com", null, CoreOptions.defaults()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("auth must not be null");
    assertThatThrownBy(() -> HttpCore.create("https://example.com", KEY, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("options must not be null");
  }

  @Test
  void aClosedCoreMakesNoVariants() {
    HttpCore core = HttpCore.create("https://example.com/api", KEY, CoreOptions.defaults());
    core.close();
    assertThatThrownBy(() -> core.withOptions(CoreOptions.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this client is closed");
    assertThatThrownBy(() -> core.withBaseUrl("https://example.com/other"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> core.withRateLimit(io.netobs.http.RateLimit.unlimited(), "query"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> core.withNotFoundTranslation(e -> e))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                core.withRequestOptions(
                    io.netobs.http.RequestOptions.builder().header("X-Trace", "1").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this client is closed");
  }

  @Test
  void theRetryBudgetIsKeptByAVariantUnlessItSetsAnother() {
    try (HttpCore core = HttpCore.create("https://example.com/api", KEY, CoreOptions.defaults())) {
      int full = core.retryTokens();
      assertThat(full).isPositive();
      assertThat(core.withOptions(core.options()).retryTokens()).isEqualTo(full);
      assertThat(
              core.withOptions(
                      CoreOptions.builder()
                          .retryBudget(io.netobs.http.RetryBudget.unlimited())
                          .build())
                  .retryTokens())
          .isEqualTo(-1);
    }
  }

  @Test
  void sentHeadersAreReadByCaseInsensitiveNameFirstValueFirst() {
    HttpCore.Sent sent =
        new HttpCore.Sent(
            204,
            java.util.Map.of(
                "location", java.util.List.of("/a/1", "/a/2"), "x-empty", java.util.List.of()));
    assertThat(sent.header("Location")).isEqualTo("/a/1");
    assertThat(sent.header("X-Empty")).isNull();
    assertThat(sent.header("X-Missing")).isNull();
  }

  @Test
  void aRateLimitVariantHasItsOwnLimitAndTheSameBaseUrl() {
    try (HttpCore core = HttpCore.create("https://example.com/api", KEY, CoreOptions.defaults())) {
      HttpCore limited = core.withRateLimit(new io.netobs.http.RateLimit(2, 60, 0), "query");
      assertThat(limited.options().rateLimit()).isEqualTo(new io.netobs.http.RateLimit(2, 60, 0));
      assertThat(limited.baseUrl()).isEqualTo("https://example.com/api");
      assertThat(core.options().rateLimit().limits()).isFalse();
    }
  }
}
