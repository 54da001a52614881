package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netobs.http.Auth;
import io.netobs.http.ClientErrorException;
import io.netobs.http.CoreOptions;
import io.netobs.http.testing.CapturedLogs;
import io.netobs.http.testing.SecretScan;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * A MockWebServer acting as an HTTP proxy: it sees absolute-URI requests for http:// targets, asks
 * for credentials with a 407, and gets them once, as {@code Proxy-Authorization: Basic}; the
 * credentials appear in no log line, exception or {@code toString()}.
 */
class ProxyTest extends MockServerTest {
  private static final String PASSWORD = "pr0xy-SECRET:pw";
  private static final String TARGET = "http://eh.internal.test/api/v1";

  private static MockResponse askForCredentials() {
    return new MockResponse.Builder()
        .code(407)
        .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
        .body("proxy authentication required")
        .build();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpCore through(CoreOptions.Builder options) {
    return HttpCore.create(
        TARGET,
        Auth.extraHopApiKey("test-key-1234"),
        options.allowCleartextCredentials(true).build(),
        d -> {},
        () -> 0.0);
  }

  private Proxy proxy() {
    return new Proxy(
        Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort()));
  }

  @Test
  void aProxyThatAsksForCredentialsGetsThemOnce() throws Exception {
    server.enqueue(askForCredentials());
    server.enqueue(json(200, "{\"id\": 7}"));
    try (HttpCore core =
        through(CoreOptions.builder().proxy(proxy()).proxyCredentials("ann", PASSWORD))) {

      assertThat(core.json(ApiRequest.get("/devices/{}", 7).build(), Map.class))
          .containsEntry("id", 7);
    }

    RecordedRequest first = server.takeRequest();
    assertThat(first.getRequestLine()).isEqualTo("GET " + TARGET + "/devices/7 HTTP/1.1");
    assertThat(first.getHeaders().get("Proxy-Authorization")).isNull();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getRequestLine()).isEqualTo("GET " + TARGET + "/devices/7 HTTP/1.1");
    assertThat(second.getHeaders().get("Proxy-Authorization")).isEqualTo(basic("ann", PASSWORD));
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("ExtraHop apikey=test-key-1234");
  }

  @Test
  void refusedCredentialsEndInTheProxysAnswerWithoutTheSecret() {
    CapturedLogs.clear();
    server.enqueue(askForCredentials());
    // A proxy that echoes what it refused, credentials included.
    server.enqueue(
        new MockResponse.Builder()
            .code(407)
            .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
            .addHeader("Content-Type", "text/plain")
            .body("refused " + basic("ann", PASSWORD) + " (ann:" + PASSWORD + ")")
            .build());
    server.enqueue(json(200, "{}"));
    CoreOptions.Builder options =
        CoreOptions.builder().proxy(proxy()).proxyCredentials("ann", PASSWORD);
    Throwable thrown;
    String texts;
    try (HttpCore core = through(options)) {
      thrown = catchThrowable(() -> core.json(ApiRequest.get("/devices").build(), List.class));
      texts = core.toString() + " " + core.options();
    }

    assertThat(thrown).isInstanceOf(ClientErrorException.class);
    assertThat(((ClientErrorException) thrown).status()).isEqualTo(407);
    // The proxy's page is quoted, with the credentials it echoed masked.
    assertThat(thrown).hasMessageContaining("refused Basic ");
    // Asked once with the credentials, then given up: no loop of 407s.
    assertThat(server.getRequestCount()).isEqualTo(2);
    SecretScan scan =
        new SecretScan()
            .secret(PASSWORD, basic("ann", PASSWORD).substring("Basic ".length()))
            .exception(thrown)
            .object(options)
            .object(texts);
    assertThat(scan.leaks()).isEmpty();
    assertThat(CapturedLogs.text()).doesNotContain(PASSWORD);
    assertThat(texts).contains("proxyCredentials=****");
  }

  @Test
  void aStreamedBodyIsNotSentAgainWithTheProxysCredentials() {
    // The stream can be read once: OkHttp must not repeat the request itself to answer the 407.
    server.enqueue(askForCredentials());
    server.enqueue(json(200, "{}"));
    byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
    try (HttpCore core =
        through(CoreOptions.builder().proxy(proxy()).proxyCredentials("ann", PASSWORD))) {
      assertThatThrownBy(
              () ->
                  core.send(
                      ApiRequest.put("/files/{}", "t.csv").stream(
                              new java.io.ByteArrayInputStream(csv), "text/csv", csv.length)
                          .build()))
          .isInstanceOf(ClientErrorException.class)
          .satisfies(e -> assertThat(((ClientErrorException) e).status()).isEqualTo(407));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void withoutCredentialsThe407ReachesTheCaller() {
    server.enqueue(askForCredentials());
    try (HttpCore core = through(CoreOptions.builder().proxy(proxy()))) {
      assertThatThrownBy(() -> core.json(ApiRequest.get("/devices").build(), List.class))
          .isInstanceOf(ClientErrorException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theEnvironmentsProxyUrlCarriesTheCredentials() throws Exception {
    server.enqueue(askForCredentials());
    server.enqueue(json(200, "[]"));
    EnvProxy environment =
        EnvProxy.from(
            Map.of(
                    "HTTP_PROXY",
                    "http://bob:p%40ss%3Aword+1@" + server.getHostName() + ":" + server.getPort(),
                    "NO_PROXY",
                    "localhost,.example.com")
                ::get);
    try (HttpCore core = through(CoreOptions.builder().proxySelector(environment))) {
      assertThat(core.json(ApiRequest.get("/devices").build(), List.class)).isEmpty();
      assertThat(core.options().toString()).doesNotContain("p@ss").doesNotContain("bob");
    }

    RecordedRequest first = server.takeRequest();
    assertThat(first.getRequestLine()).isEqualTo("GET " + TARGET + "/devices HTTP/1.1");
    assertThat(server.takeRequest().getHeaders().get("Proxy-Authorization"))
        .isEqualTo(basic("bob", "p@ss:word+1"));
  }

  @Test
  void theEnvironmentsSelectorSendsLoopbackAndNoProxyHostsDirect() {
    EnvProxy environment =
        EnvProxy.from(
            Map.of(
                    "https_proxy", "proxy.corp.test:3128",
                    "HTTPS_PROXY", "http://ignored.test:1",
                    "HTTP_PROXY", "http://plain.corp.test",
                    "no_proxy", ".example.com, 10.0.0.0/8")
                ::get);
    Proxy https =
        new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp.test", 3128));
    Proxy http =
        new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("plain.corp.test", 80));

    assertThat(environment.select(URI.create("https://eh.corp.test/api/v1")))
        .containsExactly(https);
    assertThat(environment.select(URI.create("http://eh.corp.test/api/v1"))).containsExactly(http);
    assertThat(environment.select(URI.create("https://api.example.com/x")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(environment.select(URI.create("https://example.com/x")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(environment.select(URI.create("https://10.1.2.3/x")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(environment.select(URI.create("https://11.1.2.3/x"))).containsExactly(https);
    assertThat(environment.select(URI.create("https://localhost:8443/x")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(environment.select(URI.create("https://127.0.0.1/x")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(environment.select(URI.create("https://[::1]/x"))).containsExactly(Proxy.NO_PROXY);
    assertThat(environment.toString())
        .contains("proxy.corp.test:3128 (https_proxy)", "plain.corp.test:80 (HTTP_PROXY)");
  }

  @Test
  void theEnvironmentWithoutProxiesSetsNone() {
    assertThat(EnvProxy.from(Map.of("NO_PROXY", "*")::get)).isNull();
    assertThat(EnvProxy.from(Map.of("HTTPS_PROXY", "  ")::get)).isNull();
    EnvProxy onlyHttps = EnvProxy.from(Map.of("HTTPS_PROXY", "http://p.test:8080")::get);
    assertThat(onlyHttps.select(URI.create("http://eh.test/"))).containsExactly(Proxy.NO_PROXY);
  }

  @Test
  void unusableProxyUrlsNameTheVariableButNotTheValue() {
    assertThatThrownBy(
            () -> EnvProxy.from(Map.of("HTTPS_PROXY", "https://u:" + PASSWORD + "@p.test")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HTTPS_PROXY")
        .hasMessageContaining("https://")
        .hasMessageNotContaining(PASSWORD);
    assertThatThrownBy(
            () -> EnvProxy.from(Map.of("https_proxy", "http://u:%zz" + PASSWORD + "@p.test")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("https_proxy")
        .hasMessageNotContaining(PASSWORD);
    assertThatThrownBy(
            () -> EnvProxy.from(Map.of("HTTP_PROXY", "socks5://u:" + PASSWORD + "@p.test")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SOCKS")
        .hasMessageNotContaining(PASSWORD);
    assertThatThrownBy(() -> EnvProxy.from(Map.of("HTTP_PROXY", "http://" + PASSWORD + " x")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void socksProxiesAreOfTheirType() {
    EnvProxy socks = EnvProxy.from(Map.of("HTTPS_PROXY", "socks5://gw.test")::get);
    assertThat(socks.select(URI.create("https://eh.test/")))
        .containsExactly(
            new Proxy(Proxy.Type.SOCKS, InetSocketAddress.createUnresolved("gw.test", 1080)));
    assertThat(socks.toString())
        .isEqualTo(
            "EnvProxy[https=socks5://gw.test:1080 (HTTPS_PROXY), http=direct, noProxy="
                + NoProxy.parse("")
                + "]");
  }

  @Test
  void theEnvironmentsTextMasksAProxysCredentials() {
    EnvProxy environment =
        EnvProxy.from(
            Map.of("https_proxy", "http://bob:" + PASSWORD + "@p.test:3128", "HTTP_PROXY", "q.test")
                ::get);
    assertThat(environment.toString())
        .startsWith(
            "EnvProxy[https=http://****@p.test:3128 (https_proxy), http=http://q.test:80"
                + " (HTTP_PROXY), noProxy=")
        .doesNotContain("bob")
        .doesNotContain(PASSWORD);
  }

  @Test
  void proxyAndProxySelectorReplaceEachOther() {
    EnvProxy environment = EnvProxy.from(Map.of("HTTPS_PROXY", "p.test:1")::get);
    CoreOptions selector = CoreOptions.builder().proxy(proxy()).proxySelector(environment).build();
    CoreOptions fixed = CoreOptions.builder().proxySelector(environment).proxy(proxy()).build();

    assertThat(selector.proxy()).isNull();
    assertThat(selector.proxySelector()).isSameAs(environment);
    assertThat(fixed.proxySelector()).isNull();
    assertThat(fixed.proxy()).isEqualTo(proxy());
    assertThatThrownBy(() -> CoreOptions.builder().proxyCredentials(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CoreOptions.builder().proxyCredentials("u", "x\ny"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("x\ny");
  }

  @Test
  void tracedCallsThroughTheProxyShowNoCredentials() {
    CapturedLogs.clear();
    server.enqueue(askForCredentials());
    server.enqueue(json(200, "{}"));
    try (HttpCore core =
        through(CoreOptions.builder().proxy(proxy()).proxyCredentials("ann", PASSWORD))) {
      core.json(ApiRequest.get("/devices").build(), Map.class);
    }
    assertThat(CapturedLogs.lines())
        .anyMatch(line -> line.level() == Level.DEBUG || line.level() == Level.TRACE);
    assertThat(CapturedLogs.text()).doesNotContain(PASSWORD);
  }
}
