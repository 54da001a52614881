package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The builders' checks at the edges of what they accept. */
class BuilderEdgesTest {
  @Test
  void oneIdleConnectionIsEnough() {
    assertThat(CoreOptions.builder().maxIdleConnections(1).build().connectionPoolSize())
        .isEqualTo(1);
    assertThatThrownBy(() -> CoreOptions.builder().maxIdleConnections(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aProxyPasswordMayHoldASpaceButNoControlCharacter() {
    CoreOptions options = CoreOptions.builder().proxyCredentials("ann", "pass word!~").build();
    assertThat(options.proxyPassword()).isEqualTo("pass word!~");
    assertThatThrownBy(() -> CoreOptions.builder().proxyCredentials("ann", "pass\u001fword"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CoreOptions.builder().proxyCredentials("ann", "pass\u007fword"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMethodIsVisibleAsciiWithoutSeparators() {
    assertThat(RawRequest.builder().method("!~").path("/a").build().method()).isEqualTo("!~");
    assertThatThrownBy(() -> RawRequest.builder().method("GE T"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RawRequest.builder().method("GET\u007f"))
        .isInstanceOf(IllegalArgumentException.class);
    // The first of the separators a token may not hold.
    assertThatThrownBy(() -> RawRequest.builder().method("GE\"T"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPathSetAgainReplacesItsParametersAndANullParameterIsNamedFromOne() {
    RawRequest request =
        RawRequest.builder().method("GET").path("/a/{}", 1).path("/b/{}/{}", 2, 3).build();
    assertThat(request.path()).isEqualTo("/b/{}/{}");
    assertThat(request.pathParameters()).containsExactly(2, 3);
    assertThatThrownBy(() -> RawRequest.builder().path("/a/{}", (Object) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("path parameter 1 must not be null");
  }

  @Test
  void theOptionsTextNamesAProxySelectorOnlyWhenThereIsOne() {
    java.net.ProxySelector selector =
        new java.net.ProxySelector() {
          @Override
          public java.util.List<java.net.Proxy> select(java.net.URI uri) {
            return java.util.List.of(java.net.Proxy.NO_PROXY);
          }

          @Override
          public void connectFailed(
              java.net.URI uri, java.net.SocketAddress address, java.io.IOException e) {}

          @Override
          public String toString() {
            return "corp-selector";
          }
        };
    assertThat(CoreOptions.builder().proxySelector(selector).build().toString())
        .contains(", proxySelector=corp-selector");
    assertThat(CoreOptions.defaults().toString()).doesNotContain("proxySelector");
  }

  @Test
  void aRawRequestSaysWhatIsSetWithoutValuesAndKeepsItInItsBuilder() {
    RawRequest post =
        RawRequest.builder()
            .method("POST")
            .path("/tags")
            .query("limit", 5)
            .header("X-Trace", "t-1")
            .bodyJson("{\"name\": \"x\"}")
            .build();
    assertThat(post.idempotent()).isFalse();
    assertThat(post)
        .hasToString("RawRequest[POST /tags, query=[limit], headers=[X-Trace], JSON body]");
    RawRequest copy = post.toBuilder().build();
    assertThat(copy.headers()).containsExactly(java.util.Map.entry("X-Trace", "t-1"));
    assertThat(copy).hasToString(post.toString());
    assertThat(RawRequest.builder().method("GET").path("/a").build())
        .hasToString("RawRequest[GET /a]");
    assertThat(RawRequest.builder().method("PUT").path("/a").build().idempotent()).isTrue();
    assertThat(RawRequest.builder().method("PUT").path("/a").idempotent(false).build().idempotent())
        .as("declared, not by method")
        .isFalse();
  }

  @Test
  void requestOptionsNameEachTimeoutSetInOrder() {
    java.time.Duration one = java.time.Duration.ofSeconds(1);
    assertThat(RequestOptions.builder().connectTimeout(one).build())
        .hasToString("RequestOptions[connectTimeout=PT1S]");
    assertThat(
            RequestOptions.builder()
                .connectTimeout(one)
                .readTimeout(java.time.Duration.ofSeconds(2))
                .writeTimeout(java.time.Duration.ofSeconds(3))
                .callTimeout(java.time.Duration.ofSeconds(4))
                .build()
                .toString())
        .startsWith(
            "RequestOptions[connectTimeout=PT1S, readTimeout=PT2S, writeTimeout=PT3S,"
                + " callTimeout=PT4S");
    assertThat(RequestOptions.builder().writeTimeout(one).build())
        .hasToString("RequestOptions[writeTimeout=PT1S]");
    assertThat(RequestOptions.builder().callTimeout(one).build())
        .hasToString("RequestOptions[callTimeout=PT1S]");
  }
}
