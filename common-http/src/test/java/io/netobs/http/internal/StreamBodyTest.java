package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** A body streamed from the caller goes out with its content type and length. */
class StreamBodyTest extends MockServerTest {
  @Test
  void aStreamedBodyCarriesItsContentTypeAndLength() throws Exception {
    server.enqueue(json(200, "{}"));
    byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
    try (HttpCore core =
        HttpCore.create(
            server.url("/api").toString(),
            Auth.none(),
            CoreOptions.defaults(),
            d -> {},
            () -> 0.0)) {
      core.send(
          ApiRequest.put("/files/{}", "t.csv").stream(
                  new ByteArrayInputStream(csv), "text/csv", csv.length)
              .build());
    }

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("text/csv");
    assertThat(sent.getHeaders().get("Content-Length")).isEqualTo(String.valueOf(csv.length));
    assertThat(sent.getBody().utf8()).isEqualTo("a,b\n1,2\n");
  }
}
