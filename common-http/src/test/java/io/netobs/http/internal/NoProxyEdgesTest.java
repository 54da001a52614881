package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The NO_PROXY rules and the proxy variables at the edges of what they accept: prefix lengths of 0
 * and of the whole address, ports 0 and 65535, an IPv6 range in brackets, the ports a URL implies,
 * and credentials without a user name.
 */
class NoProxyEdgesTest {
  @ParameterizedTest(name = "NO_PROXY=\"{0}\", {1}:{2} -> direct {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.0.0.0/0 | 192.168.1.1 | 80 | true",
        "10.1.2.3/32 | 10.1.2.3 | 80 | true",
        "10.1.2.3/32 | 10.1.2.4 | 80 | false",
        "10.1.2.3/33 | 10.1.2.3 | 80 | false",
        "[fd00::]/8 | fd12::1 | 443 | true",
        "[fd00::]/8 | fe12::1 | 443 | false",
        "fd00::/8 | 10.0.0.1 | 443 | false",
        "10.0.0.0/8 | fd00::1 | 443 | false",
        "example.com/0 | example.com | 443 | false",
        "h.example:0 | h.example | 80 | false",
        "h.example:65535 | h.example | 65535 | true",
        "h.example:65536 | h.example | 65536 | false",
        "h.example:abc | h.example | 80 | false",
        "h.example:1 | h.example | 1 | true",
      })
  void entriesAtTheirEdges(String noProxy, String host, int port, boolean direct) {
    assertThat(NoProxy.parse(noProxy).matches(host, port)).isEqualTo(direct);
  }

  @Test
  void theRulesAreShownAsGivenWithEverythingFirst() {
    assertThat(NoProxy.parse(".example.com, *, 10.0.0.0/8"))
        .hasToString("[*, .example.com, 10.0.0.0/8]");
    assertThat(NoProxy.parse("")).hasToString("[]");
  }

  @Test
  void aUrlWithoutAPortIsMatchedOnThePortItsSchemeImplies() {
    EnvProxy env =
        EnvProxy.from(
            Map.of(
                    "https_proxy", "http://proxy.corp.test:3128",
                    "http_proxy", "http://proxy.corp.test:3128",
                    "no_proxy", "secure.test:443, plain.test:80, odd.test:8443")
                ::get);
    List<java.net.Proxy> direct = List.of(java.net.Proxy.NO_PROXY);
    assertThat(env.select(URI.create("https://secure.test/a"))).isEqualTo(direct);
    assertThat(env.select(URI.create("http://secure.test/a"))).isNotEqualTo(direct);
    assertThat(env.select(URI.create("http://plain.test/a"))).isEqualTo(direct);
    assertThat(env.select(URI.create("https://plain.test/a"))).isNotEqualTo(direct);
    assertThat(env.select(URI.create("https://odd.test:8443/a"))).isEqualTo(direct);
    assertThat(env.select(URI.create("https://odd.test/a"))).isNotEqualTo(direct);
  }

  @Test
  void credentialsInEitherVariableAreCredentials() {
    assertThat(
            EnvProxy.from(Map.of("http_proxy", "http://ann:pw@p.test:3128")::get).hasCredentials())
        .isTrue();
    assertThat(
            EnvProxy.from(Map.of("https_proxy", "http://ann:pw@p.test:3128")::get).hasCredentials())
        .isTrue();
    assertThat(
            EnvProxy.from(
                    Map.of("https_proxy", "http://p.test:3128", "http_proxy", "http://p.test:3128")
                        ::get)
                .hasCredentials())
        .isFalse();
  }

  @Test
  void credentialsWithoutAUserNameAreRefused() {
    assertThatThrownBy(() -> EnvProxy.parse("http://:secret@p.test:3128", "HTTPS_PROXY"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("HTTPS_PROXY has credentials without a user name");
  }
}
