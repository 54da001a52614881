package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodiesTest extends MockServerTest {
  private HttpCore core;

  @BeforeEach
  void start() {
    core = Servers.core(server, CoreOptions.defaults(), new Servers.RecordingSleeper());
  }

  @AfterEach
  void stop() {
    core.close();
  }

  @Test
  void downloadsStreamIntoTheCallersStream() throws Exception {
    byte[] pcap = new byte[8 * 1024 * 1024];
    new Random(1).nextBytes(pcap);
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/vnd.tcpdump.pcap")
            .body(new Buffer().write(pcap))
            .build());
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    long[] largestWrite = {0};
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {
            digest.update((byte) b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            largestWrite[0] = Math.max(largestWrite[0], len);
            digest.update(b, off, len);
          }
        };
    long written = core.download(ApiRequest.get("/packetcaptures/{}", 3).build(), out);
    assertThat(written).isEqualTo(pcap.length);
    assertThat(digest.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(pcap));
    assertThat(largestWrite[0])
        .as("copied in chunks, not as one array")
        .isLessThanOrEqualTo(64 * 1024);
  }

  @Test
  void aFailingCallerStreamIsNotRetried() {
    server.enqueue(new MockResponse.Builder().code(200).body("0123456789").build());
    server.enqueue(new MockResponse.Builder().code(200).body("0123456789").build());
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> core.download(ApiRequest.get("/packetcaptures/{}", 3).build(), broken))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("disk full");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDownloadThatBreaksOffAfterBytesReachedTheCallerIsNotRetried() {
    byte[] body = new byte[1024 * 1024];
    new Random(2).nextBytes(body);
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(new Buffer().write(body))
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(body)).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> core.download(ApiRequest.get("/packetcaptures/{}", 3).build(), out))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.requestSent()).isTrue())
        .hasMessageContaining("broke off after");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(out.size()).isLessThan(body.length);
  }

  @Test
  void uploadsStreamFromAFile(@TempDir Path dir) throws Exception {
    Path bundle = dir.resolve("bundle.json");
    Files.writeString(
        bundle, "{\"name\": \"bundle\", \"triggers\": [" + "1,".repeat(100_000) + "1]}");
    server.enqueue(
        new MockResponse.Builder().code(201).addHeader("Location", "/api/v1/bundles/12").build());
    long id = core.createdId(ApiRequest.post("/bundles").file(bundle, "application/json").build());
    assertThat(id).isEqualTo(12);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getBody().utf8()).isEqualTo(Files.readString(bundle));
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void jsonBodiesAreSerializedOnce() throws Exception {
    server.enqueue(Servers.status(503));
    server.enqueue(Servers.status(204));
    int[] serialized = {0};
    Object body =
        new Object() {
          public String getName() {
            serialized[0]++;
            return "web";
          }
        };
    core.send(ApiRequest.put("/tags/{}", 1).json(body).build());
    assertThat(serialized[0]).isEqualTo(1);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"name\":\"web\"}");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"name\":\"web\"}");
  }

  @Test
  void createdIdsComeFromTheLocationHeader() {
    assertThat(Locations.id("/api/v1/tags/151", "POST", "/api/v1/tags", 201)).isEqualTo(151);
    assertThat(Locations.id("https://eh.example.com/api/v1/devicegroups/7/", "POST", "/p", 201))
        .isEqualTo(7);
    assertThat(Locations.id("/api/v1/tags/9?x=1", "POST", "/p", 201)).isEqualTo(9);
    assertThat(Locations.lastSegment("/api/v1/users/jdoe", "POST", "/p", 201)).isEqualTo("jdoe");
    assertThatThrownBy(() -> Locations.id(null, "POST", "/api/v1/tags", 201))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("no Location header");
    assertThatThrownBy(() -> Locations.id("/api/v1/tags/abc", "POST", "/api/v1/tags", 201))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("numeric id");
    server.enqueue(new MockResponse.Builder().code(201).build());
    assertThatThrownBy(() -> core.createdId(ApiRequest.post("/tags").json(Map.of()).build()))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void pathParametersAreEncodedAsWholeSegments() throws Exception {
    server.enqueue(Servers.status(204));
    core.send(
        ApiRequest.get("/users/{}/apikeys", "a/../b?c=d e")
            .query("x", "1&2")
            .query("skipped", null)
            .build());
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/v1/users/a%2F..%2Fb%3Fc=d%20e/apikeys");
    assertThat(request.getUrl().queryParameterNames()).containsExactly("x");
    assertThat(request.getUrl().queryParameter("x")).isEqualTo("1&2");
    assertThatThrownBy(() -> ApiRequest.get("/users/{}", (Object) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ApiRequest.get("/users/{}")).hasMessageContaining("more {}");
  }

  @Test
  void aListOfItemsWithAMissingItemIsUndecodableAndAListTheCallerTypedKeepsItsNulls() {
    server.enqueue(Servers.json(200, "[{\"id\": 1}, null]"));
    server.enqueue(Servers.json(200, "[{\"id\": 1}, null]"));
    assertThatThrownBy(() -> core.json(ApiRequest.get("/tags").build(), Json.listOf(Map.class)))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("item 1 of the array is null");
    java.util.List<Map<String, Object>> asTyped =
        core.json(
            ApiRequest.get("/tags").build(),
            new com.fasterxml.jackson.core.type.TypeReference<
                java.util.List<Map<String, Object>>>() {});
    assertThat(asTyped).hasSize(2).containsNull();
  }
}
