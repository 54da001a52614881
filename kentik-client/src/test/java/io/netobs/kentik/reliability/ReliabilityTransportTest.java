package io.netobs.kentik.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.kentik.KentikClient;
import org.junit.jupiter.api.Test;

/** The Kentik e-mail and token never cross a network in clear text unless the caller says so. */
class ReliabilityTransportTest {
  private static final String TOKEN = "kentik-token-5f1e9a0c";

  @Test
  void credentialsAreRefusedInClearTextToAHostThatIsNotLoopbackUnlessAllowed() {
    for (String url :
        new String[] {
          "http://api.kentik.com/api/v5",
          "http://10.0.0.5:8080/api/v5",
          "HTTP://kentik.internal/api/v5"
        }) {
      assertThatThrownBy(
              () ->
                  KentikClient.builder()
                      .baseUrl(url)
                      .email("ops@example.com")
                      .apiToken(TOKEN)
                      .build())
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("clear text")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN, "ops@example.com"));
      try (KentikClient allowed =
          KentikClient.builder()
              .baseUrl(url)
              .email("ops@example.com")
              .apiToken(TOKEN)
              .allowCleartextCredentials(true)
              .build()) {
        assertThat(allowed.baseUrl()).startsWithIgnoringCase("http://");
        assertThat(allowed.toString()).doesNotContain(TOKEN, "ops@example.com");
      }
    }
    try (KentikClient loopback =
        KentikClient.builder()
            .baseUrl("http://127.0.0.1:9/api/v5")
            .email("ops@example.com")
            .apiToken(TOKEN)
            .build()) {
      assertThat(loopback.baseUrl()).startsWith("http://127.0.0.1");
    }
  }
}
