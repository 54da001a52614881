package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netobs.http.Auth;
import io.netobs.http.CallHook;
import io.netobs.http.CoreOptions;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimit;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import java.time.Duration;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class OptionsTest extends MockServerTest {
  @Test
  void extraHeadersUserAgentSuffixAndHookHeadersAreSent() throws Exception {
    server.enqueue(Servers.status(204));
    CoreOptions options =
        CoreOptions.builder()
            .header("X-Team", "netops")
            .userAgentSuffix("nightly-sync/2.1")
            .hook(
                new CallHook() {
                  @Override
                  public void beforeAttempt(Attempt attempt) {
                    attempt.header("X-Attempt", attempt.attempt() + "/" + attempt.maxAttempts());
                  }
                })
            .build();
    try (HttpCore core = Servers.core(server, options, new Servers.RecordingSleeper())) {
      core.send(ApiRequest.get("/tags").build());
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Team")).isEqualTo("netops");
    assertThat(request.getHeaders().get("X-Attempt")).isEqualTo("1/3");
    assertThat(request.getHeaders().get("User-Agent"))
        .matches(
            "netobs-java/[0-9][^ ]* Java/"
                + Pattern.quote(System.getProperty("java.version"))
                + " \\(.+; .+\\) nightly-sync/2\\.1");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void credentialHeadersCannotBeSetByHandOrByHooks() throws Exception {
    assertThatThrownBy(() -> CoreOptions.builder().header("Authorization", "x"))
        .hasMessageContaining("Authorization");
    assertThatThrownBy(() -> CoreOptions.builder().header("X-CH-Auth-API-Token", "x"))
        .hasMessageContaining("X-CH-Auth-API-Token");
    assertThatThrownBy(() -> CoreOptions.builder().header("X-Ok", "a\r\nb"))
        .hasMessageContaining("line breaks");
    assertThatThrownBy(() -> CoreOptions.builder().header("bad name", "a"))
        .hasMessageContaining("header name");
    server.enqueue(Servers.status(204));
    CoreOptions options =
        CoreOptions.builder()
            .hook(
                new CallHook() {
                  @Override
                  public void beforeAttempt(Attempt attempt) {
                    attempt.header("authorization", "stolen");
                  }
                })
            .build();
    try (HttpCore core = Servers.core(server, options, new Servers.RecordingSleeper())) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
          .hasMessageContaining("credential header");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void timeoutsAreValidatedNamingTheOption() {
    assertThatThrownBy(() -> CoreOptions.builder().readTimeout(Duration.ofSeconds(-1)))
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> CoreOptions.builder().connectTimeout(null))
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> CoreOptions.builder().retryPolicy(null))
        .hasMessageContaining("retryPolicy");
  }

  @Test
  void aVariantSharesTheConnectionPoolAndClosingItLeavesTheOriginalWorking() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(Servers.status(204));
    }
    try (HttpCore core =
        Servers.core(server, CoreOptions.defaults(), new Servers.RecordingSleeper())) {
      core.send(ApiRequest.get("/tags").build());
      HttpCore variant =
          core.withOptions(
              core.options().toBuilder()
                  .readTimeout(Duration.ofSeconds(5))
                  .retryPolicy(RetryPolicy.none())
                  .rateLimit(new RateLimit(1, 0, 0))
                  .build());
      variant.send(ApiRequest.get("/tags").build());
      assertThat(variant.options().readTimeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(core.options().readTimeout()).isEqualTo(Duration.ofSeconds(30));
      variant.close();
      assertThatThrownBy(() -> variant.send(ApiRequest.get("/tags").build()))
          .isInstanceOf(IllegalStateException.class);
      core.send(ApiRequest.get("/tags").build());
    }
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    RecordedRequest third = server.takeRequest();
    assertThat(second.getConnectionIndex())
        .as("the variant reused the original's connection")
        .isEqualTo(first.getConnectionIndex());
    assertThat(third.getConnectionIndex()).isEqualTo(first.getConnectionIndex());
  }

  @Test
  void aTranslatingVariantRewritesOnlyNotFoundAndIsClosedWithItsCore() throws Exception {
    server.enqueue(Servers.status(404));
    server.enqueue(Servers.status(500));
    server.enqueue(Servers.status(204));
    try (HttpCore core =
        Servers.core(
            server,
            CoreOptions.defaults().toBuilder().retryPolicy(RetryPolicy.none()).build(),
            new Servers.RecordingSleeper())) {
      HttpCore translating =
          core.withNotFoundTranslation(failure -> new IllegalStateException("translated", failure));
      assertThatThrownBy(() -> translating.send(ApiRequest.get("/pages/5").build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("translated")
          .hasCauseInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> translating.send(ApiRequest.get("/tags").build()))
          .isInstanceOf(ServerErrorException.class);
      translating.close();
      core.send(ApiRequest.get("/tags").build());
      core.close();
      assertThatThrownBy(() -> translating.send(ApiRequest.get("/tags").build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
    }
  }

  /** What a client's translation of a 404 makes: an exception of its own API. */
  private static final class NoSuchPage extends io.netobs.http.NetobsException {
    NoSuchPage(Throwable cause) {
      super("no such page", cause);
    }
  }

  @Test
  void anExceptionTranslatedFromANotFoundCarriesTheCallsIdAndAttempts() {
    server.enqueue(Servers.status(404));
    try (HttpCore core =
        Servers.core(
            server,
            CoreOptions.defaults().toBuilder().retryPolicy(RetryPolicy.none()).build(),
            new Servers.RecordingSleeper())) {
      HttpCore translating = core.withNotFoundTranslation(NoSuchPage::new);
      NoSuchPage translated =
          catchThrowableOfType(
              NoSuchPage.class, () -> translating.send(ApiRequest.get("/pages/5").build()));
      NotFoundException missing = (NotFoundException) translated.getCause();
      assertThat(missing.callId()).matches("[0-9a-f]{8}");
      assertThat(translated.callId()).isEqualTo(missing.callId());
      assertThat(translated.attempts()).isEqualTo(1);
      assertThat(translated.getMessage())
          .isEqualTo("no such page (after 1 attempt, call " + missing.callId() + ")");
    }
  }

  @Test
  void aBaseUrlVariantSendsElsewhereOnTheSameConnectionsAndIsClosedWithItsCore() throws Exception {
    server.enqueue(Servers.status(204));
    server.enqueue(Servers.status(204));
    try (HttpCore core =
        Servers.core(server, CoreOptions.defaults(), new Servers.RecordingSleeper())) {
      HttpCore other = core.withBaseUrl(server.url("/synthetics/v202309").toString());
      assertThat(other.baseUrl()).endsWith("/synthetics/v202309");
      core.send(ApiRequest.get("/tags").build());
      other.send(ApiRequest.get("/tests").build());
      RecordedRequest first = server.takeRequest();
      RecordedRequest second = server.takeRequest();
      assertThat(second.getUrl().encodedPath()).isEqualTo("/synthetics/v202309/tests");
      assertThat(second.getConnectionIndex())
          .as("the variant reused the original's connection")
          .isEqualTo(first.getConnectionIndex());
      other.close();
      assertThat(core.connectionCount()).as("closing the variant keeps them").isEqualTo(1);
      core.close();
      assertThatThrownBy(() -> other.send(ApiRequest.get("/tests").build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
    }
  }

  @Test
  void aBaseUrlVariantRefusesWhatTheCoreWouldRefuse() {
    try (HttpCore core =
        HttpCore.create(
            "https://api.example.com/api/v5",
            Auth.kentik("ops@example.com", "secret-token"),
            CoreOptions.defaults())) {
      assertThatThrownBy(() -> core.withBaseUrl("http://grpc.example.com"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("clear text");
      assertThatThrownBy(() -> core.withBaseUrl("ftp://grpc.example.com"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("http");
      assertThat(core.withBaseUrl("https://grpc.example.com/").baseUrl())
          .isEqualTo("https://grpc.example.com");
    }
  }

  @Test
  void closeReleasesConnectionsAndRefusesLaterCalls() throws Exception {
    server.enqueue(Servers.status(204));
    HttpCore core = Servers.core(server, CoreOptions.defaults(), new Servers.RecordingSleeper());
    core.send(ApiRequest.get("/tags").build());
    assertThat(core.connectionCount()).isEqualTo(1);
    core.close();
    core.close(); // idempotent
    assertThat(core.connectionCount()).isZero();
    assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void toStringsHoldNoSecrets() {
    CoreOptions options = CoreOptions.builder().header("X-Proxy-Token", "proxy-secret-1").build();
    assertThat(options.toString()).contains("X-Proxy-Token").doesNotContain("proxy-secret-1");
    try (HttpCore core =
        HttpCore.create(
            "http://127.0.0.1:1/api/v1", Auth.extraHopApiKey("key-secret-1"), options)) {
      assertThat(core.toString()).doesNotContain("key-secret-1");
    }
  }
}
