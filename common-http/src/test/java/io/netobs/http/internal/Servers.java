package io.netobs.http.internal;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Small helpers shared by the core's tests. */
final class Servers {
  private Servers() {}

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /**
   * A pattern of the message of a call's exception: {@code message}, then the attempts the call
   * made and its id.
   */
  static String endingAfter(String message, int attempts) {
    return Pattern.quote(message)
        + " \\(after "
        + attempts
        + (attempts == 1 ? " attempt" : " attempts")
        + ", call [0-9a-f]{8}\\)";
  }

  static MockResponse status(int status) {
    return new MockResponse.Builder().code(status).build();
  }

  /** Records the waits instead of waiting. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }
  }

  static HttpCore core(
      MockWebServer server, Auth auth, CoreOptions options, RecordingSleeper sleeper) {
    return HttpCore.create(server.url("/api/v1").toString(), auth, options, sleeper, () -> 0.0);
  }

  static HttpCore core(MockWebServer server, CoreOptions options, RecordingSleeper sleeper) {
    return core(server, Auth.extraHopApiKey("test-key-1234"), options, sleeper);
  }
}
