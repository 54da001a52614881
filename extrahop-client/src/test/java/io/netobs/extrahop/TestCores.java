package io.netobs.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Cores and answers for resource tests against MockWebServer. */
final class TestCores {
  private TestCores() {}

  /**
   * A core for {@code server}, whose retries do not wait. Its listings fetch one page at a time
   * ({@code pagesInFlight(1)}): the answers are queued in the order of the requests, and pages
   * fetched ahead would race for them. Fetching ahead is tested with dispatchers that answer by
   * request ({@code PagesInFlightTest}).
   */
  static HttpCore core(MockWebServer server) {
    return HttpCore.create(
        server.url("/api/v1").toString(),
        Auth.extraHopApiKey("k"),
        CoreOptions.builder().pagesInFlight(1).build(),
        d -> {},
        () -> 0.5);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse json(String body) {
    return json(200, body);
  }

  static MockResponse created(String location) {
    return new MockResponse.Builder()
        .code(201)
        .addHeader("Location", location)
        .addHeader("Content-Length", "0")
        .build();
  }

  static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode bodyTree(RecordedRequest request) {
    return tree(request.getBody().utf8());
  }

  static String pathAndQuery(RecordedRequest request) {
    String query = request.getUrl().encodedQuery();
    return request.getUrl().encodedPath() + (query == null ? "" : "?" + query);
  }
}
