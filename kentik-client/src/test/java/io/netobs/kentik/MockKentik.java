package io.netobs.kentik;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netobs.http.RateLimit;
import io.netobs.http.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer speaking Kentik's wire shapes, and a client pointed at it. */
final class MockKentik implements AutoCloseable {
  static final String EMAIL = "ops@example.com";
  static final String TOKEN = "kt-5ecret-9f2a71c4e0";
  static final ObjectMapper JSON = new ObjectMapper();

  final MockWebServer server = new MockWebServer();
  final KentikClient client;

  MockKentik() {
    this(RateLimit.unlimited());
  }

  MockKentik(RateLimit limit) {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    client = builder().rateLimit(limit).build();
  }

  /** A builder for this server with fast retries. */
  KentikClient.Builder builder() {
    return KentikClient.builder()
        .email(EMAIL)
        .apiToken(TOKEN)
        .baseUrl(server.url("/api/v5").toString())
        .retryPolicy(
            RetryPolicy.builder()
                .initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5))
                .build());
  }

  MockKentik answer(int code, String json) {
    server.enqueue(response(code, json));
    return this;
  }

  MockKentik answer(int code) {
    server.enqueue(new MockResponse.Builder().code(code).build());
    return this;
  }

  static MockResponse response(int code, String json) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(json)
        .build();
  }

  RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request arrived");
      }
      return r;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }

  static JsonNode json(RecordedRequest r) {
    try {
      return JSON.readTree(body(r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Single quotes to double quotes, to keep JSON in tests readable. */
  static String q(String text) {
    return text.replace('\'', '"');
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
