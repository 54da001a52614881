package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static io.netobs.http.internal.Servers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.AnswerType;
import io.netobs.http.BadRequestException;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RawRequest;
import io.netobs.http.RawResponse;
import io.netobs.http.RequestOptions;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Raw calls on the wire: method, path, query, headers and body as built; answers as text, as a
 * type, or as a tree; the client's errors and retries by the same safe-to-repeat rule.
 */
class RawCallsTest extends MockServerTest {
  private final Servers.RecordingSleeper sleeper = new Servers.RecordingSleeper();
  private HttpCore core;

  /** An answer type of the tests. */
  record Device(long id, String name) {}

  @BeforeEach
  void start() {
    core = Servers.core(server, CoreOptions.defaults(), sleeper);
  }

  @AfterEach
  void stop() {
    core.close();
  }

  private static RawRequest.Builder get(String path, Object... parameters) {
    return RawRequest.builder().method("GET").path(path, parameters);
  }

  @Test
  void aGetSendsPathParametersAndQueryEncodedWithTheClientsCredentials() throws Exception {
    server.enqueue(json(200, "[{\"id\": 1, \"name\": \"a\", \"extra\": true}, {\"id\": 2}]"));

    List<Device> devices =
        RawCalls.decoded(
            core,
            get("/devices/{}/peers", "web 01/x")
                .query("limit", 10)
                .query("name", "a&b")
                .query("name", "c")
                .query("skipped", null)
                .header("X-Request-Source", "raw")
                .build(),
            AnswerType.listOf(Device.class));

    assertThat(devices).containsExactly(new Device(1, "a"), new Device(2, null));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo("/api/v1/devices/web%2001%2Fx/peers?limit=10&name=a%26b&name=c");
    assertThat(request.getHeaders().get("Authorization"))
        .isEqualTo("ExtraHop apikey=test-key-1234");
    assertThat(request.getHeaders().get("X-Request-Source")).isEqualTo("raw");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void aPostSendsAnObjectAsJson() throws Exception {
    server.enqueue(json(201, "{\"id\": 9}"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "web");
    body.put("ids", List.of(1, 2));

    Object answer =
        RawCalls.tree(core, RawRequest.builder().method("POST").path("/tags").body(body).build());

    assertThat(answer).isEqualTo(Map.of("id", 9));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getBody().utf8()).isEqualTo("{\"name\":\"web\",\"ids\":[1,2]}");
    assertThat(request.getHeaders().get("Content-Type"))
        .isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void aJsonStringIsSentAsItIs() throws Exception {
    server.enqueue(status(204));

    Object answer =
        RawCalls.tree(
            core,
            RawRequest.builder()
                .method("PATCH")
                .path("/tags/{}", 9)
                .bodyJson("{ \"name\" : \"web\" }")
                .build());

    assertThat(answer).isNull();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getTarget()).isEqualTo("/api/v1/tags/9");
    assertThat(request.getBody().utf8()).isEqualTo("{ \"name\" : \"web\" }");
    assertThat(request.getHeaders().get("Content-Type"))
        .isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void aTreeIsPlainMapsListsAndNumbers() {
    server.enqueue(
        json(
            200,
            "{\"a\": [1, 2.5, \"x\", null, true], \"big\": 123456789012345678901234567890,"
                + " \"o\": {\"k\": 5000000000}}"));

    Object tree = RawCalls.tree(core, get("/x").build());

    assertThat(tree).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) tree;
    assertThat(map.get("a")).isEqualTo(java.util.Arrays.asList(1, 2.5, "x", null, true));
    assertThat(map.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(map.get("o")).isEqualTo(Map.of("k", 5000000000L));
  }

  @Test
  void aGenericAnswerTypeNamedByASubclass() {
    server.enqueue(json(200, "{\"web\": [{\"id\": 1}], \"db\": []}"));

    Map<String, List<Device>> groups =
        RawCalls.decoded(core, get("/groups").build(), new AnswerType<>() {});

    assertThat(groups)
        .containsEntry("web", List.of(new Device(1, null)))
        .containsEntry("db", List.of());
  }

  @Test
  void textGivesStatusHeadersAndBody() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("Location", "/api/v1/tags/9")
            .addHeader("Content-Type", "text/plain; charset=ISO-8859-1")
            .body(new Buffer().writeString("créé", StandardCharsets.ISO_8859_1))
            .build());

    RawResponse answer =
        RawCalls.text(
            core, RawRequest.builder().method("POST").path("/tags").bodyJson("{}").build());

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.header("location")).isEqualTo("/api/v1/tags/9");
    assertThat(answer.header("LOCATION")).isEqualTo("/api/v1/tags/9");
    assertThat(answer.headers()).containsKey("content-type");
    assertThat(answer.text()).isEqualTo("créé");
    assertThat(answer.toString()).contains("201", "location").doesNotContain("tags/9");
  }

  @Test
  void errorsAreTheTypedExceptions() {
    server.enqueue(json(404, "{\"error_message\": \"no such thing\"}"));
    server.enqueue(json(400, "{\"error_message\": \"limit must be positive\"}"));
    server.enqueue(json(200, "{not json"));

    assertThatThrownBy(() -> RawCalls.tree(core, get("/nothing").build()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> RawCalls.text(core, get("/devices").query("limit", -1).build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("limit must be positive");
    assertThatThrownBy(() -> RawCalls.decoded(core, get("/x").build(), AnswerType.of(Device.class)))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void aGetIsRetriedAsAnyGetIs() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"id\": 1}"));

    assertThat(RawCalls.decoded(core, get("/devices/1").build(), AnswerType.of(Device.class)))
        .isEqualTo(new Device(1, null));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aPostIsNotSentTwiceOnceItMayHaveArrived() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{}"));

    assertThatThrownBy(
            () ->
                RawCalls.tree(
                    core, RawRequest.builder().method("POST").path("/tags").body(Map.of()).build()))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPostWhoseAnswerWasLostIsNotSentAgain() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, "{}"));

    assertThatThrownBy(
            () ->
                RawCalls.tree(
                    core, RawRequest.builder().method("POST").path("/tags").body(Map.of()).build()))
        .isInstanceOf(TransportException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPostDeclaredIdempotentIsRetried() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"hits\": 3}"));

    Object answer =
        RawCalls.tree(
            core,
            RawRequest.builder()
                .method("POST")
                .path("/devices/search")
                .body(Map.of())
                .idempotent(true)
                .build());

    assertThat(answer).isEqualTo(Map.of("hits", 3));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void optionsOnTheRequestApplyToThatCall() throws Exception {
    server.enqueue(status(503));
    server.enqueue(json(200, "{}"));

    assertThatThrownBy(
            () ->
                RawCalls.tree(
                    core,
                    get("/devices")
                        .options(
                            RequestOptions.builder()
                                .retryPolicy(RetryPolicy.none())
                                .header("X-Once", "yes")
                                .build())
                        .build()))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getHeaders().get("X-Once")).isEqualTo("yes");
  }

  @Test
  void badRequestsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> RawRequest.builder().path("/x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("method");
    assertThatThrownBy(() -> RawRequest.builder().method("GET").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("path");
    assertThatThrownBy(() -> RawRequest.builder().method("GET").path("/x").body(Map.of()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("GET cannot carry a body");
    assertThatThrownBy(() -> RawRequest.builder().method("GE T"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RawRequest.builder().path("devices"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start with '/'");
    assertThatThrownBy(() -> RawRequest.builder().path("/devices?limit=1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("query(name, value)");
    assertThatThrownBy(() -> RawRequest.builder().path("/devices/../users"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'..'");
    assertThatThrownBy(() -> RawRequest.builder().path("/devices/{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 {} placeholders but 0 parameters");
    assertThatThrownBy(() -> RawRequest.builder().path("/devices/{}", (Object) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RawRequest.builder().header("Authorization", "Bearer x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Authorization");
    assertThatThrownBy(() -> RawRequest.builder().header("x-ch-auth-api-token", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void idempotentByMethodUnlessDeclared() {
    assertThat(get("/x").build().idempotent()).isTrue();
    assertThat(RawRequest.builder().method("DELETE").path("/x").build().idempotent()).isTrue();
    assertThat(RawRequest.builder().method("POST").path("/x").build().idempotent()).isFalse();
    assertThat(RawRequest.builder().method("PATCH").path("/x").build().idempotent()).isFalse();
    assertThat(RawRequest.builder().method("POST").path("/x").idempotent(true).build().idempotent())
        .isTrue();
  }

  @Test
  void toStringShowsNoValues() {
    RawRequest request =
        RawRequest.builder()
            .method("POST")
            .path("/users/{}", "ann")
            .query("token", "q-SECRET")
            .header("X-Session", "h-SECRET")
            .body(Map.of("password", "b-SECRET"))
            .build();

    assertThat(request.toString())
        .contains("POST /users/{}", "token", "X-Session", "JSON body")
        .doesNotContain("SECRET");
    assertThat(request.toBuilder().build().body()).isEqualTo(Map.of("password", "b-SECRET"));
  }

  @Test
  void answerTypesNameTheirType() {
    assertThat(AnswerType.listOf(Device.class).type().getTypeName())
        .isEqualTo("java.util.List<" + Device.class.getName() + ">");
    assertThat(AnswerType.mapOf(Integer.class).toString())
        .isEqualTo("AnswerType[java.util.Map<java.lang.String, java.lang.Integer>]");
    assertThat(new AnswerType<List<Device>>() {}.type())
        .isEqualTo(AnswerType.listOf(Device.class).type());
  }
}
