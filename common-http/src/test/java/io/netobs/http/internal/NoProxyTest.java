package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The NO_PROXY rules: names and their subdomains, IP addresses and ranges, ports, and {@code *}.
 */
class NoProxyTest {
  @ParameterizedTest(name = "NO_PROXY=\"{0}\", {1}:{2} -> direct {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "example.com | example.com | 443 | true",
        "example.com | api.example.com | 443 | true",
        "example.com | a.b.example.com | 443 | true",
        "example.com | badexample.com | 443 | false",
        "example.com | example.com.evil.test | 443 | false",
        ".example.com | example.com | 443 | true",
        ".example.com | api.example.com | 443 | true",
        "*.example.com | api.example.com | 443 | true",
        "EXAMPLE.com | Api.Example.COM | 443 | true",
        "example.com. | api.example.com | 443 | true",
        "example.com | api.example.com. | 443 | true",
        "other.test, example.com | api.example.com | 443 | true",
        "other.test  example.com | api.example.com | 443 | true",
        "other.test | api.example.com | 443 | false",
        "* | anything.test | 443 | true",
        "'' | anything.test | 443 | false",
        "example.com:8443 | api.example.com | 8443 | true",
        "example.com:8443 | api.example.com | 443 | false",
        "10.1.2.3 | 10.1.2.3 | 443 | true",
        "10.1.2.3 | 10.1.2.4 | 443 | false",
        "10.0.0.0/8 | 10.200.3.4 | 443 | true",
        "10.0.0.0/8 | 11.0.0.1 | 443 | false",
        "192.168.4.0/22 | 192.168.7.255 | 443 | true",
        "192.168.4.0/22 | 192.168.8.0 | 443 | false",
        "10.1.2.3:8080 | 10.1.2.3 | 8080 | true",
        "10.1.2.3:8080 | 10.1.2.3 | 443 | false",
        "::1 | [::1] | 443 | true",
        "[::1] | ::1 | 443 | true",
        "[fd00::1]:8443 | fd00::1 | 8443 | true",
        "[fd00::1]:8443 | fd00::1 | 443 | false",
        "fd00::/8 | fd12:3456::1 | 443 | true",
        "fd00::/8 | fe80::1 | 443 | false",
        "2001:db8::1 | 2001:0db8:0:0:0:0:0:1 | 443 | true",
        "10.0.0.0/8 | ten.example.com | 443 | false",
        "10.1.2.3 | 10.1.2.3.example.com | 443 | false",
        "999.1.1.1 | 999.1.1.1 | 443 | true",
        "10.0.0.0/33 | 10.0.0.1 | 443 | false",
      })
  void matches(String noProxy, String host, int port, boolean direct) {
    assertThat(NoProxy.parse(noProxy).matches(host, port)).isEqualTo(direct);
  }
}
