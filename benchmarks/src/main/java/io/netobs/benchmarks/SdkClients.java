package io.netobs.benchmarks;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.http.RateLimit;
import io.netobs.kentik.KentikClient;

/** The SDK clients of the benchmarks, configured as a user would, against the loopback server. */
public final class SdkClients {
  private SdkClients() {}

  /** An ExtraHop client with every default. */
  public static ExtraHopClient extraHop(String serverUrl) {
    return ExtraHopClient.builder()
        .baseUrl(serverUrl + "/api/v1")
        .apiKey(ExtraHopAnswers.API_KEY)
        .build();
  }

  /**
   * An ExtraHop client with every default but the pages each listing may have in flight (see {@code
   * CoreOptionsBuilder.pagesInFlight}).
   */
  public static ExtraHopClient extraHop(String serverUrl, int pagesInFlight) {
    return ExtraHopClient.builder()
        .baseUrl(serverUrl + "/api/v1")
        .apiKey(ExtraHopAnswers.API_KEY)
        .pagesInFlight(pagesInFlight)
        .build();
  }

  /**
   * A Kentik client with every default but the rate limit: Kentik's documented limit (60 calls a
   * minute) is the service's policy, not the SDK's cost, and would make repeated runs wait.
   */
  public static KentikClient kentik(String serverUrl) {
    return KentikClient.builder()
        .baseUrl(serverUrl + "/api/v5")
        .email(KentikAnswers.EMAIL)
        .apiToken(KentikAnswers.API_TOKEN)
        .rateLimit(RateLimit.unlimited())
        .build();
  }
}
