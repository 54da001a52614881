package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The shared client options: their defaults, copies, and what each setter refuses. */
class CoreOptionsTest {
  private static final Proxy PROXY =
      new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.example", 3128));
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final CallHook HOOK = new CallHook() {};

  private static CoreOptions everyOptionSet() {
    return CoreOptions.builder()
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(2))
        .writeTimeout(Duration.ofSeconds(3))
        .callTimeout(Duration.ofSeconds(4))
        .retryPolicy(RetryPolicy.none())
        .retryBudget(RetryBudget.unlimited())
        .rateLimit(new RateLimit(1, 2, 3))
        .proxy(PROXY)
        .tlsTrust(TlsTrust.insecureTrustAnyCertificateAndHostname())
        .header("X-Team", "netops")
        .userAgentSuffix("  sync/1  ")
        .hook(HOOK)
        .allowCleartextCredentials(true)
        .clock(CLOCK)
        .build();
  }

  private static void assertEveryOptionSet(CoreOptions o) {
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(o.writeTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(o.callTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(o.retryPolicy()).isEqualTo(RetryPolicy.none());
    assertThat(o.retryBudget()).isSameAs(RetryBudget.unlimited());
    assertThat(o.rateLimit()).isEqualTo(new RateLimit(1, 2, 3));
    assertThat(o.proxy()).isSameAs(PROXY);
    assertThat(o.tlsTrust().mode()).isEqualTo(TlsTrust.Mode.INSECURE);
    assertThat(o.headers()).containsExactly(java.util.Map.entry("X-Team", "netops"));
    assertThat(o.userAgentSuffix()).isEqualTo("sync/1");
    assertThat(o.hooks()).containsExactly(HOOK);
    assertThat(o.allowCleartextCredentials()).isTrue();
    assertThat(o.clock()).isSameAs(CLOCK);
  }

  @Test
  void defaultsAreTheDocumentedValues() {
    CoreOptions o = CoreOptions.defaults();
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.callTimeout()).isZero();
    assertThat(o.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(o.retryBudget()).isEqualTo(RetryBudget.defaults());
    assertThat(o.rateLimit()).isEqualTo(RateLimit.unlimited());
    assertThat(o.proxy()).isNull();
    assertThat(o.tlsTrust().mode()).isEqualTo(TlsTrust.Mode.SYSTEM);
    assertThat(o.headers()).isEmpty();
    assertThat(o.userAgentSuffix()).isEmpty();
    assertThat(o.hooks()).isEmpty();
    assertThat(o.allowCleartextCredentials()).isFalse();
    assertThat(o.clock().getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void everySetterIsKeptAndCopiedByToBuilderAndOptions() {
    CoreOptions set = everyOptionSet();
    assertEveryOptionSet(set);
    assertEveryOptionSet(set.toBuilder().build());
    // options(..) replaces what the builder held, headers and hooks included.
    assertEveryOptionSet(
        CoreOptions.builder().header("X-Other", "1").hook(new CallHook() {}).options(set).build());
    assertThatThrownBy(() -> CoreOptions.builder().options(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("options must not be null");
  }

  @Test
  void toStringNamesHeadersWithoutTheirValues() {
    String text = everyOptionSet().toString();
    assertThat(text)
        .startsWith(
            "CoreOptions[connectTimeout=PT1S, readTimeout=PT2S, writeTimeout=PT3S,"
                + " callTimeout=PT4S, retryPolicy=RetryPolicy[maxRetries=0")
        .contains("rateLimit=RateLimit[maxConcurrent=1, perMinute=2, perHour=3]")
        .contains(", headers=[X-Team], userAgentSuffix=sync/1, hooks=1,")
        .contains(", allowCleartextCredentials=true")
        .endsWith("]")
        .doesNotContain("netops");
  }

  @Test
  void builtOptionsDoNotChangeWhenTheBuilderDoes() {
    CoreOptions.Builder builder = CoreOptions.builder().header("X-A", "1").hook(HOOK);
    CoreOptions first = builder.build();
    builder.header("X-B", "2").hook(new CallHook() {});
    assertThat(first.headers()).containsOnlyKeys("X-A");
    assertThat(first.hooks()).hasSize(1);
    assertThatThrownBy(() -> first.headers().put("X-C", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void timeoutsAreZeroOrMoreAndNamedWhenRefused() {
    CoreOptions zero =
        CoreOptions.builder()
            .connectTimeout(Duration.ZERO)
            .readTimeout(Duration.ZERO)
            .writeTimeout(Duration.ZERO)
            .callTimeout(Duration.ZERO)
            .build();
    assertThat(zero.connectTimeout()).isZero();
    assertThat(zero.readTimeout()).isZero();
    assertThat(zero.writeTimeout()).isZero();
    for (String name :
        new String[] {"connectTimeout", "readTimeout", "writeTimeout", "callTimeout"}) {
      assertThatThrownBy(() -> setTimeout(name, Duration.ofMillis(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(name + " must not be negative, was PT-0.001S");
      assertThatThrownBy(() -> setTimeout(name, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage(name + " must not be null");
    }
  }

  private static void setTimeout(String name, Duration d) {
    CoreOptions.Builder b = CoreOptions.builder();
    switch (name) {
      case "connectTimeout" -> b.connectTimeout(d);
      case "readTimeout" -> b.readTimeout(d);
      case "writeTimeout" -> b.writeTimeout(d);
      default -> b.callTimeout(d);
    }
  }

  @Test
  void objectOptionsRefuseNullNamingTheOption() {
    CoreOptions.Builder b = CoreOptions.builder();
    assertThatThrownBy(() -> b.retryPolicy(null)).hasMessage("retryPolicy must not be null");
    assertThatThrownBy(() -> b.retryBudget(null)).hasMessage("retryBudget must not be null");
    assertThatThrownBy(() -> b.rateLimit(null)).hasMessage("rateLimit must not be null");
    assertThatThrownBy(() -> b.tlsTrust(null)).hasMessage("tlsTrust must not be null");
    assertThatThrownBy(() -> b.hook(null)).hasMessage("hook must not be null");
    assertThatThrownBy(() -> b.clock(null)).hasMessage("clock must not be null");
    assertThatThrownBy(() -> b.userAgentSuffix(null)).hasMessage("suffix must not be null");
    assertThat(b.proxy(PROXY).proxy(null).build().proxy()).isNull();
  }

  @Test
  void headerNamesAreVisibleAsciiTokensAndValuesHaveNoLineBreaks() {
    assertThat(CoreOptions.builder().header("!~", "").build().headers()).containsEntry("!~", "");
    for (String bad : new String[] {"", " ", "X Team", "X:Team", "X\u007fTeam", "X\u0000"}) {
      assertThatThrownBy(() -> CoreOptions.builder().header(bad, "v"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "header name must be a non-empty token of visible ASCII without ':', was '"
                  + bad
                  + "'");
    }
    for (String reserved :
        new String[] {
          "Authorization",
          "X-CH-Auth-Email",
          "x-ch-auth-api-token",
          "HOST",
          "Content-Length",
          "Transfer-Encoding"
        }) {
      assertThatThrownBy(() -> CoreOptions.builder().header(reserved, "v"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("header '" + reserved + "' is set by the SDK itself and cannot be added");
    }
    for (String bad : new String[] {"a\nb", "a\rb", "\nb", "\rb"}) {
      assertThatThrownBy(() -> CoreOptions.builder().header("X-Ok", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("header 'X-Ok' value must not contain line breaks");
    }
    assertThatThrownBy(() -> CoreOptions.builder().header(null, "v"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name must not be null");
    assertThatThrownBy(() -> CoreOptions.builder().header("X-Ok", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value must not be null");
    // A later value for the same name replaces the earlier one.
    assertThat(CoreOptions.builder().header("X-A", "1").header("X-A", "2").build().headers())
        .containsExactly(java.util.Map.entry("X-A", "2"));
  }

  @Test
  void userAgentSuffixIsStrippedAndHasNoLineBreaks() {
    assertThat(CoreOptions.builder().userAgentSuffix(" a/1 ").build().userAgentSuffix())
        .isEqualTo("a/1");
    for (String bad : new String[] {"a\nb", "a\rb", "\nb", "\rb"}) {
      assertThatThrownBy(() -> CoreOptions.builder().userAgentSuffix(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("userAgentSuffix must not contain line breaks");
    }
  }

  @Test
  void rateLimitsAreZeroOrMore() {
    assertThat(RateLimit.unlimited().limits()).isFalse();
    assertThat(new RateLimit(1, 0, 0).limits()).isTrue();
    assertThat(new RateLimit(0, 1, 0).limits()).isTrue();
    assertThat(new RateLimit(0, 0, 1).limits()).isTrue();
    assertThatThrownBy(() -> new RateLimit(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrent must be >= 0, was -1");
    assertThatThrownBy(() -> new RateLimit(0, -1, 0)).hasMessage("perMinute must be >= 0, was -1");
    assertThatThrownBy(() -> new RateLimit(0, 0, -1)).hasMessage("perHour must be >= 0, was -1");
  }
}
