package io.netobs.opentelemetry;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.http.NotFoundException;
import io.netobs.http.RetryPolicy;
import io.netobs.http.ServerErrorException;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenTelemetryCallHookTest {
  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  private static final String KEY = "k3y-Secret-0123456789";

  private final MockWebServer server = new MockWebServer();
  private ExtraHopClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client =
        ExtraHopClient.builder()
            .baseUrl(server.url("/api/v1").toString())
            .apiKey(KEY)
            .retryPolicy(
                RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).jitter(0).build())
            .hook(OpenTelemetryCallHook.create(otel.getOpenTelemetry()))
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void aCallIsOneClientSpanWithMethodTemplateServerStatusAndAttempts() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"id\": 7, \"display_name\": \"web\"}"));

    client.devices().get(7);

    List<SpanData> spans = otel.getSpans();
    assertThat(spans).hasSize(1);
    SpanData span = spans.get(0);
    assertThat(span.getName()).isEqualTo("GET /api/v1/devices/{}");
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(stringKey("http.request.method"))).isEqualTo("GET");
    assertThat(span.getAttributes().get(stringKey("url.template"))).isEqualTo("/api/v1/devices/{}");
    assertThat(span.getAttributes().get(stringKey("server.address")))
        .isEqualTo(server.getHostName());
    assertThat(span.getAttributes().get(longKey("server.port"))).isEqualTo(server.getPort());
    assertThat(span.getAttributes().get(longKey("http.response.status_code"))).isEqualTo(200);
    assertThat(span.getAttributes().get(longKey("netobs.attempts"))).isEqualTo(2);
    assertThat(span.getAttributes().get(longKey("http.request.resend_count"))).isEqualTo(1);
    assertThat(span.getAttributes().get(stringKey("netobs.call_id"))).matches("[0-9a-f]{8}");
    assertThat(span.getEvents())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getName()).isEqualTo("netobs.retry");
              assertThat(e.getAttributes().get(longKey("http.response.status_code")))
                  .isEqualTo(503);
            });
  }

  @Test
  void aFailedCallHasTheErrorStatusTheErrorTypeAndTheCallIdOfItsException() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(503, "{\"error_message\": \"busy\"}"));
    }
    ServerErrorException e =
        catchThrowableOfType(ServerErrorException.class, () -> client.devices().get(7));

    SpanData span = otel.getSpans().get(0);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(stringKey("error.type"))).isEqualTo("503");
    assertThat(span.getAttributes().get(longKey("netobs.attempts"))).isEqualTo(e.attempts());
    assertThat(span.getAttributes().get(stringKey("netobs.call_id"))).isEqualTo(e.callId());
    assertThat(span.getEvents())
        .filteredOn(event -> event.getName().equals("exception"))
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.getAttributes().get(stringKey("exception.type")))
                    .isEqualTo(ServerErrorException.class.getName()));
  }

  @Test
  void eachCallHasItsOwnSpanAndNothingOfTheCredentialsOrQueryReachesIt() {
    server.enqueue(json(404, "{\"error_message\": \"no such device\"}"));
    server.enqueue(json(200, "[]"));
    catchThrowableOfType(NotFoundException.class, () -> client.devices().get(8));
    client.tags().list();

    List<SpanData> spans = otel.getSpans();
    assertThat(spans).hasSize(2);
    assertThat(spans)
        .extracting(SpanData::getName)
        .containsExactly("GET /api/v1/devices/{}", "GET /api/v1/tags");
    assertThat(spans.get(0).getAttributes().get(stringKey("error.type"))).isEqualTo("404");
    assertThat(spans.get(0).getTraceId()).isNotEqualTo(spans.get(1).getTraceId());
    assertThat(spans.toString()).doesNotContain(KEY).doesNotContain("apikey");
  }

  @Test
  void aCallWithAQueryStringHasItsPathOnlyInTheSpan() throws Exception {
    server.enqueue(json(200, "[{\"id\": 1}]"));
    client
        .devices()
        .list(
            io.netobs.extrahop.request.DeviceQuery.builder()
                .searchType(io.netobs.extrahop.model.DeviceSearchType.IP_ADDRESS)
                .value("10.20.0.7")
                .build())
        .firstPage();

    String sent = server.takeRequest().getUrl().toString();
    assertThat(sent).as("the request had a query string").contains("?").contains("10.20.0.7");
    SpanData span = otel.getSpans().get(0);
    assertThat(span.getName()).isEqualTo("GET /api/v1/devices");
    assertThat(span.getAttributes().get(stringKey("url.template"))).isEqualTo("/api/v1/devices");
    assertThat(span.toString()).doesNotContain("10.20.0.7").doesNotContain("search_type");
  }

  @Test
  void theCallsSpanIsCurrentWhileItRunsAndItsParentIsTheCallersSpan() {
    server.enqueue(json(200, "[]"));
    io.opentelemetry.api.trace.Span parent =
        otel.getOpenTelemetry().getTracer("test").spanBuilder("parent").startSpan();
    io.opentelemetry.context.Scope scope = parent.makeCurrent();
    try {
      client.tags().list();
    } finally {
      scope.close();
      parent.end();
    }
    List<SpanData> spans = otel.getSpans();
    SpanData call =
        spans.stream().filter(s -> s.getKind() == SpanKind.CLIENT).findFirst().orElseThrow();
    assertThat(call.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(io.opentelemetry.api.trace.Span.current().getSpanContext().isValid())
        .as("no span left current after the call")
        .isFalse();
  }
}
