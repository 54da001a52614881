package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The User-Agent: the SDK's version from the build, the platform, and the caller's suffix. */
class UserAgentTest {
  @Test
  void theVersionComesFromTheBuildNotTheFallback() {
    assertThat(UserAgent.sdkVersion()).isNotEqualTo("unknown").matches("[0-9][^ ]*");
  }

  @Test
  void theValueNamesTheSdkJavaAndThePlatform() {
    String expected =
        "netobs-java/"
            + UserAgent.sdkVersion()
            + " Java/"
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + "; "
            + System.getProperty("os.arch")
            + ")";
    assertThat(UserAgent.value(null)).isEqualTo(expected);
    assertThat(UserAgent.value("")).isEqualTo(expected);
    assertThat(UserAgent.value("nightly-sync/2.1")).isEqualTo(expected + " nightly-sync/2.1");
  }
}
