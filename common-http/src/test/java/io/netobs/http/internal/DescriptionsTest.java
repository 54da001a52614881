package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.ApiException;
import io.netobs.http.Auth;
import io.netobs.http.AuthContext;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.Page;
import io.netobs.http.PagedIterable;
import io.netobs.http.RateLimit;
import io.netobs.http.SharedLimiter;
import io.netobs.http.TlsTrust;
import io.netobs.http.TransportException;
import io.netobs.http.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/**
 * What the SDK's values say about themselves (their {@code toString()}, shown in logs and
 * debuggers, never with a secret) and what the exceptions a caller handles carry.
 */
class DescriptionsTest {
  @Test
  void credentialsDescribeThemselvesWithTheirSecretsMasked() {
    assertThat(Auth.extraHopApiKey("abcdef123")).hasToString("Auth.extraHopApiKey(****)");
    assertThat(Auth.kentik("me@example.com", "tok-987654")).hasToString("Auth.kentik(****, ****)");
    assertThat(Auth.oauth2ClientCredentials("cid", "csecret-123"))
        .hasToString("Auth.oauth2ClientCredentials(clientId=cid, clientSecret=****)");
    assertThat(Auth.none()).hasToString("Auth.none()");
    assertThat(Auth.none().carriesCredentials()).isFalse();
  }

  @Test
  void aTokenUrlIsEitherLeftOutOrGiven() {
    assertThat(Auth.oauth2ClientCredentials("https://idp.example.com/token", "cid", "secret"))
        .isInstanceOf(OAuth2ClientCredentials.class)
        .hasToString("Auth.oauth2ClientCredentials(clientId=cid, clientSecret=****)");
    assertThatThrownBy(() -> Auth.oauth2ClientCredentials(null, "cid", "secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tokenUrl must not be blank");
    assertThatThrownBy(() -> Auth.oauth2ClientCredentials(" ", "cid", "secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tokenUrl must not be blank");
  }

  @Test
  void aTokenAnswerShowsItsLengthNotItsBody() {
    assertThat(new AuthContext.FormAnswer(200, "{\"access_token\":\"s3cret\"}"))
        .hasToString("FormAnswer[status=200, body=(25 chars)]");
  }

  @Test
  void trustSaysWhatItTrusts() {
    String two =
        new HeldCertificate.Builder().commonName("a").build().certificatePem()
            + new HeldCertificate.Builder().commonName("b").build().certificatePem();
    assertThat(TlsTrust.system()).hasToString("TlsTrust.system()");
    assertThat(TlsTrust.pem(two)).hasToString("TlsTrust.pem(2 certificates)");
    assertThat(TlsTrust.sha256Fingerprint("ab".repeat(32)))
        .hasToString("TlsTrust.sha256Fingerprint(" + "ab".repeat(32) + ")");
    assertThat(TlsTrust.insecureTrustAnyCertificateAndHostname())
        .hasToString("TlsTrust.insecureTrustAnyCertificateAndHostname()");
  }

  @Test
  void aPageSaysHowManyItemsItHasWhetherMoreFollowAndTheTotalWhenKnown() {
    assertThat(Page.last(List.of("a", "b"), OptionalLong.empty()))
        .hasToString("Page[2 items, hasNext=false]");
    assertThat(Page.of(List.of("a"), () -> null, OptionalLong.of(9)))
        .hasToString("Page[1 items, hasNext=true, total=9]");
  }

  @Test
  void aRequestKeepsWhatItWasBuiltWith() {
    ApiRequest patch =
        ApiRequest.patch("/devices/{}", 7).header("If-Match", "v1").json(Map.of("a", 1)).build();
    assertThat(patch.method()).isEqualTo("PATCH");
    assertThat(patch.pathTemplate()).isEqualTo("/devices/{}");
    assertThat(patch.segments()).containsExactly("devices", "7");
    assertThat(patch.headers()).containsExactly(Map.entry("If-Match", "v1"));
    assertThat(patch).hasToString("PATCH /devices/{}");

    ApiRequest upload =
        ApiRequest.of("PUT", "/files/{}", "a b").bytes(new byte[] {1, 2}, "image/png").build();
    assertThat(upload.method()).isEqualTo("PUT");
    assertThat(upload.segments()).containsExactly("files", "a b");
    assertThat(upload.body()).isInstanceOf(ApiRequest.BytesBody.class);
    assertThat(((ApiRequest.BytesBody) upload.body()).contentType()).isEqualTo("image/png");
  }

  @Test
  void exceptionsCarryTheMethodAndPathOfTheirCall() {
    DecodingException decoding =
        new DecodingException("GET", "/api/v1/devices", 200, "not JSON", "<html>", null);
    assertThat(decoding.method()).isEqualTo("GET");
    assertThat(decoding.path()).isEqualTo("/api/v1/devices");
    assertThat(decoding.status()).isEqualTo(200);
    assertThat(decoding.bodyExcerpt()).isEqualTo("<html>");

    TransportException transport =
        new TransportException("POST", "/api/v1/tags", false, "connection refused", null);
    assertThat(transport.method()).isEqualTo("POST");
    assertThat(transport.path()).isEqualTo("/api/v1/tags");
    assertThat(transport.requestSent()).isFalse();
  }

  @Test
  void anErrorAnswerKeepsItsHeaders() {
    ApiException e = new ApiException("GET", "/x", 503, null, Map.of("retry-after", List.of("3")));
    assertThat(e.headers()).containsExactly(Map.entry("retry-after", List.of("3")));
    assertThat(e.header("Retry-After")).contains("3");
  }

  @Test
  void aWaitUnderTenSecondsIsToldInMillisecondsAndLongerOnesInSeconds() {
    assertThat(new WaitTimeoutException("GET", "/w", "running", Duration.ofMillis(9_999), 1, null))
        .hasMessage(
            "GET /w: running after waiting 9999 ms (1 poll); allow longer with"
                + " PollOptions.withTimeout");
    assertThat(new WaitTimeoutException("GET", "/w", "running", Duration.ofMillis(10_000), 2, null))
        .hasMessage(
            "GET /w: running after waiting 10 s (2 polls); allow longer with"
                + " PollOptions.withTimeout");
  }

  @Test
  void thePollersClockIsTheWallClockMovedOnByTheMonotonicOne() {
    java.time.Clock clock = Poller.Timing.SYSTEM.clock();
    Instant first = clock.instant();
    Instant second = clock.instant();
    assertThat(second).isAfterOrEqualTo(first);
    // Within a minute of the wall clock (the machine's monotonic time counts from its start).
    assertThat(Duration.between(Instant.now(), first).abs()).isLessThan(Duration.ofMinutes(1));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.withZone(ZoneId.of("Europe/Paris"))).isSameAs(clock);
  }

  @Test
  void aListingOfPagesGivesTheItemsOfEveryPageInOrder() {
    PagedIterable<String> listing =
        PagedIterable.of(
            () ->
                Page.of(
                    List.of("a", "b"),
                    () -> Page.last(List.of("c"), OptionalLong.empty()),
                    OptionalLong.empty()));
    List<String> items = new ArrayList<>();
    listing.forEach(items::add);
    assertThat(items).containsExactly("a", "b", "c");
  }

  @Test
  void aLimitGateSaysWhatItWaitsFor() {
    assertThat(LimitGate.of(CoreOptions.defaults(), "h:443|api|")).isNull();
    RateLimit two = new RateLimit(2, 0, 0);
    assertThat(LimitGate.of(CoreOptions.builder().rateLimit(two).build(), "h:443|api|"))
        .hasToString("CallLimiter[RateLimit[maxConcurrent=2, perMinute=0, perHour=0], inFlight=0]");
    SharedLimiter shared =
        new SharedLimiter() {
          @Override
          public Permit acquire(String key, RateLimit limit) {
            return () -> {};
          }

          @Override
          public String toString() {
            return "SharedLimiter[redis]";
          }
        };
    assertThat(
            LimitGate.of(
                CoreOptions.builder().rateLimit(two).limiter(shared).build(), "h:443|api|"))
        .hasToString("LimitGate[SharedLimiter[redis], h:443|api|]");
  }

  @Test
  void unknownFieldsShowListsItemByItem() {
    assertThat(UnknownFields.copyOf(Map.of("tags", List.of("a", "b"))))
        .hasToString("{tags=[a, b]}");
  }

  @Test
  void theProxyAuthenticatorHidesItsCredentials() {
    assertThat(ProxyAuth.of(CoreOptions.builder().proxyCredentials("ann", "pr0xy-pw").build()))
        .hasToString("ProxyAuth[****]");
  }
}
