package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.ApiException;
import io.netobs.http.AuthContext;
import io.netobs.http.AuthRequest;
import io.netobs.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The OAuth2 token's lifetime and renewal, against a token endpoint the test answers itself: when a
 * token is renewed, which answers are errors, and that a refused token frees the lock for others.
 */
class OAuth2EdgesTest {
  private final TestClock clock = new TestClock();
  private final AtomicInteger minted = new AtomicInteger();
  private int status = 200;

  /** Run inside the token request, before it answers. */
  private Runnable whileAsked = () -> {};

  private String expiresIn = "100";

  private final AuthContext context =
      new AuthContext() {
        @Override
        public String baseUrl() {
          return "https://cloud.example.com/api/v1";
        }

        @Override
        public Clock clock() {
          return clock;
        }

        @Override
        public FormAnswer postForm(
            String url, String basicUser, String basicPassword, Map<String, String> form) {
          int n = minted.incrementAndGet();
          whileAsked.run();
          return new FormAnswer(
              status, "{\"access_token\": \"tok-" + n + "\", \"expires_in\": " + expiresIn + "}");
        }
      };

  /** A request to sign: its headers, and the context above. */
  private final class Request implements AuthRequest {
    final Map<String, String> headers = new HashMap<>();

    @Override
    public String method() {
      return "GET";
    }

    @Override
    public String url() {
      return "https://cloud.example.com/api/v1/detections";
    }

    @Override
    public void header(String name, String value) {
      headers.put(name, value);
    }

    @Override
    public String header(String name) {
      return headers.get(name);
    }

    @Override
    public AuthContext context() {
      return context;
    }
  }

  private String sign(OAuth2ClientCredentials auth) {
    Request request = new Request();
    auth.apply(request);
    return request.header("Authorization");
  }

  @Test
  void aTokenIsRenewedInTheLastTenthOfItsLifetime() {
    OAuth2ClientCredentials auth = new OAuth2ClientCredentials(null, "cid", "secret-1234");
    assertThat(sign(auth)).isEqualTo("Bearer tok-1");
    clock.advance(Duration.ofSeconds(89));
    assertThat(sign(auth)).isEqualTo("Bearer tok-1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(sign(auth)).isEqualTo("Bearer tok-2");
    assertThat(minted).hasValue(2);
  }

  @Test
  void aRedirectFromTheTokenEndpointIsAnErrorNotAToken() {
    status = 300;
    OAuth2ClientCredentials auth = new OAuth2ClientCredentials(null, "cid", "secret-1234");
    assertThatThrownBy(() -> sign(auth))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(300));
  }

  @Test
  void aRefusedTokenIsDroppedAndTheLockFreedForOtherThreads() throws Exception {
    OAuth2ClientCredentials auth = new OAuth2ClientCredentials(null, "cid", "secret-1234");
    Request refused = new Request();
    auth.apply(refused);

    assertThat(auth.renewAfterUnauthorized(refused)).isTrue();

    // Another thread gets a new token: the refused one is gone and nothing holds the lock.
    assertThat(CompletableFuture.supplyAsync(() -> sign(auth)).get(10, TimeUnit.SECONDS))
        .isEqualTo("Bearer tok-2");
    // A refusal of a token that was already replaced keeps the new one.
    assertThat(auth.renewAfterUnauthorized(refused)).isTrue();
    assertThat(CompletableFuture.supplyAsync(() -> sign(auth)).get(10, TimeUnit.SECONDS))
        .isEqualTo("Bearer tok-2");
  }

  @Test
  void aCallerThatWaitedForAnotherCallersTokenRequestUsesItsToken() throws Exception {
    OAuth2ClientCredentials auth = new OAuth2ClientCredentials(null, "cid", "secret-1234");
    Thread[] second = new Thread[1];
    CompletableFuture<String> secondSigned = new CompletableFuture<>();
    whileAsked =
        () -> {
          Thread waiting =
              new Thread(
                  () -> {
                    try {
                      secondSigned.complete(sign(auth));
                    } catch (RuntimeException e) {
                      secondSigned.completeExceptionally(e);
                    }
                  });
          second[0] = waiting;
          waiting.start();
          // Answer only once the second caller waits for this token request to end.
          while (waiting.getState() != Thread.State.WAITING && !secondSigned.isDone()) {
            Thread.onSpinWait();
          }
        };

    assertThat(sign(auth)).isEqualTo("Bearer tok-1");
    whileAsked = () -> {};
    assertThat(secondSigned.get(10, TimeUnit.SECONDS)).isEqualTo("Bearer tok-1");
    assertThat(minted).hasValue(1);
  }
}
