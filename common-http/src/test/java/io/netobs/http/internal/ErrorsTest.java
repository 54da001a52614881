package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.ApiException;
import io.netobs.http.BadRequestException;
import io.netobs.http.ClientErrorException;
import io.netobs.http.ConflictException;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import io.netobs.http.ForbiddenException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimitedException;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.netobs.http.UnauthorizedException;
import io.netobs.http.UnprocessableEntityException;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorsTest extends MockServerTest {
  private HttpCore core;

  @BeforeEach
  void start() {
    core =
        Servers.core(
            server,
            CoreOptions.builder().retryPolicy(RetryPolicy.none()).build(),
            new Servers.RecordingSleeper());
  }

  @AfterEach
  void stop() {
    core.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "Bad Request"),
        Arguments.of(401, UnauthorizedException.class, "Unauthorized"),
        Arguments.of(403, ForbiddenException.class, "Forbidden"),
        Arguments.of(404, NotFoundException.class, "Not Found"),
        Arguments.of(409, ConflictException.class, "Conflict"),
        Arguments.of(422, UnprocessableEntityException.class, "Unprocessable Entity"),
        Arguments.of(429, RateLimitedException.class, "Too Many Requests"),
        Arguments.of(405, ClientErrorException.class, "Method Not Allowed"),
        Arguments.of(418, ClientErrorException.class, ""),
        Arguments.of(500, ServerErrorException.class, "Internal Server Error"),
        Arguments.of(503, ServerErrorException.class, "Service Unavailable"));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusHasItsExceptionWithMethodPathStatusAndServerMessage(
      int status, Class<? extends ApiException> type, String reason) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .addHeader("X-Request-Id", "r-1")
            .body("{\"error_message\": \"Device not found\"}")
            .build());
    assertThatThrownBy(() -> core.send(ApiRequest.get("/devices/{}", 7).build()))
        .isExactlyInstanceOf(type)
        .hasMessageMatching(
            Servers.endingAfter(
                "GET /api/v1/devices/7: "
                    + status
                    + (reason.isEmpty() ? "" : " " + reason)
                    + ": Device not found",
                1))
        .satisfies(
            t -> {
              ApiException e = (ApiException) t;
              assertThat(e.method()).isEqualTo("GET");
              assertThat(e.path()).isEqualTo("/api/v1/devices/7");
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.serverMessage()).isEqualTo("Device not found");
              assertThat(e.header("x-request-id")).contains("r-1");
            });
  }

  @Test
  void kentikErrorField() {
    server.enqueue(json(400, "{\"error\": \"Invalid flow_tag\"}"));
    assertThatThrownBy(() -> core.send(ApiRequest.post("/tag").json(Map.of()).build()))
        .hasMessageMatching(
            Servers.endingAfter("POST /api/v1/tag: 400 Bad Request: Invalid flow_tag", 1));
  }

  @Test
  void htmlFromAProxyBecomesAShortExcerpt() {
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body(
                "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
                    + "x".repeat(5000)
                    + "</body></html>")
            .build());
    assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
        .isInstanceOf(ServerErrorException.class)
        .hasMessageMatching(
            Servers.endingAfter("GET /api/v1/tags: 502 Bad Gateway: 502 Bad Gateway", 1));
  }

  @Test
  void emptyAndPlainTextBodies() {
    server.enqueue(Servers.status(500));
    assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
        .hasMessageMatching(Servers.endingAfter("GET /api/v1/tags: 500 Internal Server Error", 1));
    server.enqueue(new MockResponse.Builder().code(400).body("  bad\n\n  thing  ").build());
    assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
        .hasMessageMatching(Servers.endingAfter("GET /api/v1/tags: 400 Bad Request: bad thing", 1));
  }

  @Test
  void aServerEchoingTheKeyDoesNotPutItInTheMessage() {
    server.enqueue(json(401, "{\"error_message\": \"bad key test-key-1234\"}"));
    assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
        .hasMessageNotContaining("test-key-1234")
        .hasMessageContaining("bad key");
  }

  @Test
  void cookiesAreDroppedFromExceptionHeaders() {
    server.enqueue(
        new MockResponse.Builder().code(404).addHeader("Set-Cookie", "session=abc").build());
    assertThatThrownBy(() -> core.send(ApiRequest.get("/tags").build()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.headers()).doesNotContainKey("set-cookie"));
  }

  record Tag(long id, String name) {}

  @Test
  void truncatedJsonIsADecodingExceptionWithAnExcerpt() {
    server.enqueue(json(200, "{\"id\": 7, \"name\": \"we"));
    assertThatThrownBy(() -> core.json(ApiRequest.get("/tags/{}", 7).build(), Tag.class))
        .isInstanceOfSatisfying(
            DecodingException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.bodyExcerpt()).isEqualTo("{\"id\": 7, \"name\": \"we");
              assertThat(e.getMessage())
                  .startsWith("GET /api/v1/tags/7: 200 answer could not be decoded");
            });
  }

  @Test
  void anEmpty200WhereJsonWasExpectedIsADecodingException() {
    server.enqueue(new MockResponse.Builder().code(200).build());
    assertThatThrownBy(() -> core.json(ApiRequest.get("/tags/{}", 7).build(), Tag.class))
        .isInstanceOf(DecodingException.class);
    server.enqueue(Servers.status(204));
    assertThatThrownBy(() -> core.json(ApiRequest.get("/tags/{}", 7).build(), Tag.class))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void aWrongShapeIsADecodingException() {
    server.enqueue(json(200, "[1, 2]"));
    assertThatThrownBy(() -> core.json(ApiRequest.get("/tags/{}", 7).build(), Tag.class))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("[1, 2]");
  }

  @Test
  void errorBodyShapes() {
    assertThat(ErrorBodies.message("{\"error\": {\"message\": \"nested\"}}")).isEqualTo("nested");
    assertThat(ErrorBodies.message("{\"errors\": [{\"message\": \"a\"}, {\"message\": \"b\"}]}"))
        .isEqualTo("a (and 1 more)");
    assertThat(
            ErrorBodies.message(
                "{\"error\": \"invalid_client\", \"error_description\": \"unknown\"}"))
        .isEqualTo("invalid_client: unknown");
    assertThat(ErrorBodies.message("\"again\"")).isEqualTo("again");
    assertThat(ErrorBodies.message("{broken")).isEqualTo("{broken");
    assertThat(ErrorBodies.message("x".repeat(500))).hasSize(203);
  }
}
