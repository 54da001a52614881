package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.RetryPolicy;
import io.netobs.http.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer and a client of it, with helpers for the ExtraHop wire shapes. */
final class Wire implements AutoCloseable {
  static final String API_KEY = "wire-test-key-5f3c";

  final MockWebServer server = new MockWebServer();
  final ExtraHopClient client;

  Wire() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    client =
        ExtraHopClient.builder()
            .baseUrl(server.url("/api/v1").toString())
            .apiKey(API_KEY)
            .retryPolicy(
                RetryPolicy.builder()
                    .maxRetries(2)
                    .initialBackoff(Duration.ZERO)
                    .maxBackoff(Duration.ZERO)
                    .build())
            // Answers are queued in the order of the requests: pages fetched ahead would race for
            // them, so listings fetch one page at a time here (fetching ahead is tested apart).
            .pagesInFlight(1)
            .build();
  }

  /** Answers the next request with 200 and this JSON. */
  Wire json(String json) {
    return answer(200, json);
  }

  /** Answers the next request with {@code status} and this body (JSON content type). */
  Wire answer(int status, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json; charset=utf-8")
            .body(body)
            .build());
    return this;
  }

  /** Answers the next request with 204 and no body. */
  Wire noContent() {
    server.enqueue(new MockResponse.Builder().code(204).build());
    return this;
  }

  /**
   * Answers the next request as a create does: 201, empty body, the new object at {@code location}.
   */
  Wire created(String location) {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("Content-Type", "text/plain; charset=utf-8")
            .addHeader("Location", location)
            .addHeader("Content-Length", "0")
            .build());
    return this;
  }

  /** Answers the next request with 200 and this text. */
  Wire text(String contentType, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", contentType)
            .body(body)
            .build());
    return this;
  }

  /** The next request the server received (fails after 5 s). */
  RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request was sent").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The next request, checked: method, path (with query, as sent) and the API key header. */
  RecordedRequest expect(String method, String target) {
    RecordedRequest request = take();
    assertThat(request.getMethod()).as("method").isEqualTo(method);
    assertThat(request.getTarget()).as("path and query").isEqualTo(target);
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("ExtraHop apikey=" + API_KEY);
    return request;
  }

  /** The next request, checked as {@link #expect}, with a JSON body equal to {@code json}. */
  RecordedRequest expect(String method, String target, String json) {
    RecordedRequest request = expect(method, target);
    assertThat(jsonOf(body(request)))
        .as("body of " + method + " " + target)
        .isEqualTo(jsonOf(json));
    return request;
  }

  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }

  static JsonNode jsonOf(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
