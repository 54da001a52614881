package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class SmokeTest {
  record Tag(long id, String name) {}

  @Test
  void getsJsonWithApiKey() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
          .body("{\"id\": \"7\", \"name\": \"web\", \"mod_time\": 1}").build());
      try (HttpCore core = HttpCore.create(server.url("/api/v1").toString(), Auth.extraHopApiKey("k-123"), CoreOptions.defaults())) {
        Tag tag = core.json(ApiRequest.get("/tags/{}", 7).build(), Tag.class);
        assertThat(tag).isEqualTo(new Tag(7, "web"));
      }
      RecordedRequest recorded = server.takeRequest();
      assertThat(recorded.getUrl().encodedPath()).isEqualTo("/api/v1/tags/7");
      assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("ExtraHop apikey=k-123");
      assertThat(recorded.getHeaders().get("User-Agent")).matches("netobs-java/\\S+ Java/\\S+ \\(.+\\)");
    }
  }
}
