package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static io.netobs.http.internal.Servers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.RateLimit;
import io.netobs.http.RetryPolicy;
import io.netobs.http.SharedLimiter;
import io.netobs.http.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class SharedLimiterTest extends MockServerTest {
  private static final RateLimit LIMIT = new RateLimit(1, 60, 3750);

  /** Records what it is asked, and how many permits are out. */
  static final class RecordingLimiter implements SharedLimiter {
    final List<String> keys = new CopyOnWriteArrayList<>();
    final List<RateLimit> limits = new CopyOnWriteArrayList<>();
    final AtomicInteger held = new AtomicInteger();
    final AtomicInteger released = new AtomicInteger();

    @Override
    public Permit acquire(String key, RateLimit limit) {
      keys.add(key);
      limits.add(limit);
      held.incrementAndGet();
      return () -> {
        held.decrementAndGet();
        released.incrementAndGet();
      };
    }
  }

  private HttpCore core(CoreOptions options, Auth auth, Sleeper sleeper) {
    return HttpCore.create(server.url("/api/v5").toString(), auth, options, sleeper, () -> 0.0);
  }

  private static CoreOptions options(SharedLimiter limiter) {
    return CoreOptions.builder()
        .rateLimit(LIMIT)
        .limiter(limiter)
        .retryPolicy(RetryPolicy.builder().jitter(0).build())
        .build();
  }

  @Test
  void everyAttemptTakesAPermitFromTheSharedLimiterUnderTheAccountsKey() {
    RecordingLimiter limiter = new RecordingLimiter();
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    try (HttpCore core =
        core(options(limiter), Auth.kentik("OPS@example.com", "token-1234"), Sleeper.SYSTEM)) {
      core.send(ApiRequest.get("/tags").build());
      core.send(ApiRequest.get("/tags").build());
    }

    // The first 8 bytes of SHA-256 of the e-mail, lower-cased: the key names the account without
    // showing it.
    String expected =
        server.getHostName() + ":" + server.getPort() + "|api|" + sha256Prefix("ops@example.com");
    assertThat(limiter.keys).hasSize(2).containsOnly(expected);
    assertThat(expected).doesNotContain("ops").doesNotContain("example");
    assertThat(limiter.limits).containsOnly(LIMIT);
    assertThat(limiter.released).hasValue(2);
    assertThat(limiter.held).hasValue(0);
  }

  private static String sha256Prefix(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theKeyIsTheSameForTheSameAccountAndDiffersByAccountAndByApi() {
    RecordingLimiter limiter = new RecordingLimiter();
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(200, "{}"));
    }
    try (HttpCore a = core(options(limiter), Auth.kentik("a@example.com", "t-1"), Sleeper.SYSTEM);
        HttpCore sameAccount =
            core(options(limiter), Auth.kentik("a@example.com", "t-2"), Sleeper.SYSTEM);
        HttpCore other =
            core(options(limiter), Auth.kentik("b@example.com", "t-1"), Sleeper.SYSTEM)) {
      HttpCore query = a.withRateLimit(new RateLimit(4, 100, 1500), "query");
      a.send(ApiRequest.get("/tags").build());
      sameAccount.send(ApiRequest.get("/tags").build());
      other.send(ApiRequest.get("/tags").build());
      query.send(ApiRequest.get("/query").build());
    }

    assertThat(limiter.keys.get(1)).isEqualTo(limiter.keys.get(0));
    assertThat(limiter.keys.get(2)).isNotEqualTo(limiter.keys.get(0));
    assertThat(limiter.keys.get(3))
        .isNotEqualTo(limiter.keys.get(0))
        .isEqualTo(limiter.keys.get(0).replace("|api|", "|query|"));
    assertThat(limiter.limits.get(3)).isEqualTo(new RateLimit(4, 100, 1500));
  }

  @Test
  void aCallToldToWaitByA429HoldsItsPermitThroughTheWaitAndHoldsBackTheCallsBehindIt() {
    RecordingLimiter limiter = new RecordingLimiter();
    List<Integer> heldWhileWaiting = new CopyOnWriteArrayList<>();
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build());
    server.enqueue(json(200, "{}"));
    try (HttpCore core =
        core(
            options(limiter),
            Auth.kentik("ops@example.com", "token-1234"),
            d -> heldWhileWaiting.add(limiter.held.get()))) {
      core.send(ApiRequest.get("/tags").build());
    }

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(heldWhileWaiting).containsExactly(1);
    assertThat(limiter.keys).hasSize(2);
    assertThat(limiter.released).hasValue(2);
  }

  @Test
  void withoutLimitsTheSharedLimiterIsNotAsked() {
    RecordingLimiter limiter = new RecordingLimiter();
    server.enqueue(json(200, "{}"));
    try (HttpCore core =
        core(
            options(limiter).toBuilder().rateLimit(RateLimit.unlimited()).build(),
            Auth.kentik("ops@example.com", "token-1234"),
            Sleeper.SYSTEM)) {
      core.send(ApiRequest.get("/tags").build());
    }

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(limiter.keys).isEmpty();
  }

  @Test
  void aVariantKeepsTheSharedLimiterAndItsKeyAndOneWithAnotherLimitCountsUnderTheSameKey() {
    RecordingLimiter limiter = new RecordingLimiter();
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    try (HttpCore core =
        core(options(limiter), Auth.kentik("ops@example.com", "token-1234"), Sleeper.SYSTEM)) {
      core.send(ApiRequest.get("/tags").build());
      core.withOptions(core.options().toBuilder().readTimeout(Duration.ofSeconds(5)).build())
          .send(ApiRequest.get("/tags").build());
      core.withOptions(core.options().toBuilder().rateLimit(new RateLimit(1, 10, 100)).build())
          .send(ApiRequest.get("/tags").build());
    }

    assertThat(limiter.keys).hasSize(3).containsOnly(limiter.keys.get(0));
    assertThat(limiter.limits).containsExactly(LIMIT, LIMIT, new RateLimit(1, 10, 100));
  }

  @Test
  void aVariantWithoutTheSharedLimiterCountsOnItsOwn() {
    RecordingLimiter limiter = new RecordingLimiter();
    server.enqueue(json(200, "{}"));
    try (HttpCore core =
        core(options(limiter), Auth.kentik("ops@example.com", "token-1234"), Sleeper.SYSTEM)) {
      core.withOptions(core.options().toBuilder().limiter(null).build())
          .send(ApiRequest.get("/tags").build());
    }

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(limiter.keys).isEmpty();
  }

  @Test
  void aLimiterThatFailsEndsTheCallWithATransportExceptionBeforeAnythingIsSent() {
    SharedLimiter broken =
        (key, limit) -> {
          throw new IllegalStateException("store unreachable");
        };
    server.enqueue(status(200));
    try (HttpCore core =
        core(options(broken), Auth.kentik("ops@example.com", "token-1234"), Sleeper.SYSTEM)) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("shared rate limiter failed")
          .hasRootCauseMessage("store unreachable")
          .satisfies(e -> assertThat(((TransportException) e).requestSent()).isFalse());
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aLimiterThatReturnsNoPermitEndsTheCallBeforeAnythingIsSent() {
    SharedLimiter broken = (key, limit) -> null;
    server.enqueue(status(200));
    try (HttpCore core =
        core(options(broken), Auth.kentik("ops@example.com", "token-1234"), Sleeper.SYSTEM)) {
      assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
          .isInstanceOf(TransportException.class)
          .hasRootCauseMessage(broken + " returned no permit");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anOAuth2ClientIsCountedByItsClientIdAndAnApplianceKeyByItsHost() {
    okhttp3.HttpUrl url = server.url("/api/v1");
    String one = LimitGate.key(url, "api", Auth.oauth2ClientCredentials("client-1", "secret-1"));
    assertThat(LimitGate.key(url, "api", Auth.oauth2ClientCredentials("client-1", "secret-2")))
        .isEqualTo(one);
    assertThat(LimitGate.key(url, "api", Auth.oauth2ClientCredentials("client-2", "secret-1")))
        .isNotEqualTo(one);
    assertThat(one).endsWith("|api|" + sha256Prefix("client-1")).doesNotContain("secret");
    // An appliance's limits are its own whatever the key: every API key of a host counts together.
    assertThat(LimitGate.key(url, "api", Auth.extraHopApiKey("key-1")))
        .isEqualTo(LimitGate.key(url, "api", Auth.extraHopApiKey("key-2")))
        .endsWith("|api|" + sha256Prefix(""));
    assertThat(LimitGate.key(server.url("/other"), "api", Auth.extraHopApiKey("key-1")))
        .isEqualTo(LimitGate.key(url, "api", Auth.extraHopApiKey("key-1")));
  }

  @Test
  void optionsNameTheSharedLimiterOnlyWhenThereIsOne() {
    RecordingLimiter limiter = new RecordingLimiter();
    assertThat(options(limiter).limiter()).isSameAs(limiter);
    assertThat(options(limiter).toBuilder().build().limiter()).isSameAs(limiter);
    assertThat(options(limiter).toString()).contains("limiter=" + limiter);
    assertThat(CoreOptions.defaults().limiter()).isNull();
    assertThat(CoreOptions.defaults().toString()).doesNotContain("limiter");
  }
}
