package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.RateLimit;
import io.netobs.http.internal.SharedLimiterTest.RecordingLimiter;
import java.net.InetSocketAddress;
import java.net.Proxy;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * What a variant made by {@link HttpCore#withOptions} takes from its new options (the connection
 * settings, the limiter) and what closing it leaves alone, and how a created object's key is read.
 */
class HttpCoreVariantsTest extends MockServerTest {
  private static final String UNREACHABLE = "http://eh.internal.test/api/v1";

  private HttpCore core(CoreOptions options) {
    return HttpCore.create(
        server.url("/api/v1").toString(), Auth.none(), options, d -> {}, () -> 0.0);
  }

  @Test
  void aVariantConnectsAsItsOwnOptionsSay() throws Exception {
    server.enqueue(json(200, "{}"));
    Proxy proxy =
        new Proxy(Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort()));
    try (HttpCore direct =
        HttpCore.create(UNREACHABLE, Auth.none(), CoreOptions.defaults(), d -> {}, () -> 0.0)) {
      HttpCore proxied = direct.withOptions(CoreOptions.builder().proxy(proxy).build());

      assertThat(proxied.send(ApiRequest.get("/devices").build()).status()).isEqualTo(200);
    }

    // The host only the proxy can reach: the variant's proxy carried the call.
    assertThat(server.takeRequest().getRequestLine())
        .isEqualTo("GET " + UNREACHABLE + "/devices HTTP/1.1");
  }

  @Test
  void aVariantWithOtherLimitsOrAnotherLimiterAsksThoseAndOnlyThose() {
    RateLimit first = new RateLimit(1, 60, 0);
    RateLimit second = new RateLimit(2, 120, 0);
    RecordingLimiter shared = new RecordingLimiter();
    RecordingLimiter another = new RecordingLimiter();
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(200, "{}"));
    }
    try (HttpCore core = core(CoreOptions.builder().rateLimit(first).limiter(shared).build())) {
      core.send(ApiRequest.get("/a").build());
      core.withOptions(core.options().toBuilder().rateLimit(second).build())
          .send(ApiRequest.get("/b").build());
      core.withOptions(core.options().toBuilder().limiter(another).build())
          .send(ApiRequest.get("/c").build());
      core.withOptions(core.options()).send(ApiRequest.get("/d").build());
    }

    assertThat(shared.limits).containsExactly(first, second, first);
    assertThat(another.limits).containsExactly(first);
    // Every variant counts its calls under the client's key.
    assertThat(shared.keys).containsOnly(another.keys.get(0));
  }

  @Test
  void closingAVariantLeavesTheClientsConnectionsOpen() {
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    try (HttpCore core = core(CoreOptions.defaults())) {
      core.send(ApiRequest.get("/a").build());
      assertThat(core.connectionCount()).isEqualTo(1);

      HttpCore variant = core.withOptions(CoreOptions.defaults());
      variant.close();

      assertThat(core.connectionCount()).isEqualTo(1);
      assertThat(core.send(ApiRequest.get("/b").build()).status()).isEqualTo(200);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void closingTheClientClosesItsIdleConnectionsAndRefusesCalls() {
    server.enqueue(json(200, "{}"));
    HttpCore core = core(CoreOptions.defaults());
    core.send(ApiRequest.get("/a").build());
    assertThat(core.connectionCount()).isEqualTo(1);

    core.close();

    assertThat(core.connectionCount()).isZero();
    assertThatThrownBy(() -> core.send(ApiRequest.get("/b").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this client is closed");
    // A second close is harmless.
    core.close();
    assertThat(core.connectionCount()).isZero();
  }

  @Test
  void aCreatedKeyIsTheLastSegmentOfTheLocation() {
    server.enqueue(
        new MockResponse.Builder().code(201).addHeader("Location", "/api/v1/x/ab-7/").build());
    server.enqueue(
        new MockResponse.Builder().code(201).addHeader("Location", "/api/v1/x/42").build());
    try (HttpCore core = core(CoreOptions.defaults())) {
      assertThat(core.createdKey(ApiRequest.post("/x").json("{}").build())).isEqualTo("ab-7");
      assertThat(core.createdId(ApiRequest.post("/x").json("{}").build())).isEqualTo(42L);
    }
  }

  @Test
  void aLocationThatIsNoUriLosesItsQueryBeforeItsLastSegmentIsRead() {
    assertThat(Locations.lastSegment("/tags/my tag?x=1", "POST", "/tags", 201)).isEqualTo("my tag");
    assertThat(Locations.lastSegment("/tags/my tag", "POST", "/tags", 201)).isEqualTo("my tag");
    // Only a query: no segment to read.
    assertThatThrownBy(() -> Locations.lastSegment("?a b/c", "POST", "/tags", 201))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("the Location header '?a b/c' has no id");
  }
}
