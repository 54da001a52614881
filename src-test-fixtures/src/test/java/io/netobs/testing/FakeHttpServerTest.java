package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeHttpServerTest {
  /**
   * Echoes the request, counting the calls that reached it; {@code /boom} throws; {@code /big} is
   * generated.
   */
  private final AtomicInteger calls = new AtomicInteger();

  private final FakeApi echo =
      request -> {
        calls.incrementAndGet();
        if (request.path().endsWith("/boom")) {
          throw new IllegalStateException("kaboom");
        }
        if (request.path().endsWith("/big")) {
          return FakeResponse.generated(
              200, "application/octet-stream", Long.parseLong(request.queryParam("size")));
        }
        if (request.method().equals("DELETE")) {
          return FakeResponse.empty(204);
        }
        return FakeResponse.json(
            200,
            Map.of(
                "method",
                request.method(),
                "path",
                request.path(),
                "query",
                request.query(),
                "body",
                request.bodyText(),
                "items",
                List.of(1, 2, 3, 4, 5, 6, 7, 8)));
      };
  private FakeHttpServer server;
  private Http http;

  @BeforeEach
  void start() {
    server = FakeHttpServer.start(echo);
    http = Http.to(server.baseUrl());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesOnLoopbackAndDecodesTheRequest() throws IOException {
    assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port()).doesNotEndWith("/");

    Http.Response response = http.post("/api/v1/tags/a%20b?q=x%26y&q=2&flag", "{\"name\":\"n\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("path").asText()).isEqualTo("/api/v1/tags/a b");
    assertThat(response.json().path("query").path("q").toString()).isEqualTo("[\"x&y\",\"2\"]");
    assertThat(response.json().path("query").path("flag").get(0).asText()).isEmpty();
    Journal.Entry entry = server.journal().last();
    assertThat(entry.method()).isEqualTo("POST");
    assertThat(entry.path()).isEqualTo("/api/v1/tags/a b");
    assertThat(entry.bodyText()).isEqualTo("{\"name\":\"n\"}");
    assertThat(entry.headers()).containsKey("content-length");
    assertThat(entry.status()).isEqualTo(200);
    assertThat(entry.faulted()).isFalse();
  }

  @Test
  void journalMasksCredentials() throws IOException {
    http = Http.to(server.baseUrl());
    http.send(
        "GET",
        "/api/v1/devices",
        null,
        "Authorization",
        "ExtraHop apikey=SECRET-KEY",
        "Cookie",
        "session=SECRET");
    http.send(
        "GET",
        "/api/v5/tags",
        null,
        "X-CH-Auth-Email",
        "secret@example.com",
        "X-CH-Auth-API-Token",
        "SECRET-TOKEN");
    http.send(
        "POST",
        "/oauth2/token",
        "grant_type=client_credentials&client_secret=SECRET-S&client_id=SECRET-ID",
        "Authorization",
        "Basic U0VDUkVU",
        "Content-Type",
        "application/x-www-form-urlencoded");

    http.send("GET", "/api/v1/devices", null, "Authorization", "Basic U0VDUkVUOnBhc3N3b3Jk==");
    http.send("GET", "/api/v1/devices", null, "Authorization", "Bearer SECRET.TOKEN=");

    List<Journal.Entry> entries = server.journal().entries();
    assertThat(entries.get(3).header("authorization")).isEqualTo("Basic ***");
    assertThat(entries.get(4).header("authorization")).isEqualTo("Bearer ***");
    assertThat(entries.get(0).header("Authorization")).isEqualTo("ExtraHop apikey=***");
    assertThat(entries.get(0).header("cookie")).isEqualTo("***");
    assertThat(entries.get(1).header("x-ch-auth-email")).isEqualTo("***");
    assertThat(entries.get(1).header("x-ch-auth-api-token")).isEqualTo("***");
    assertThat(entries.get(2).header("authorization")).isEqualTo("Basic ***");
    assertThat(entries.get(2).bodyText())
        .isEqualTo("grant_type=client_credentials&client_secret=***&client_id=***");
    assertThat(entries.stream().map(e -> e.headers().toString() + e.bodyText()).toList().toString())
        .doesNotContain("SECRET", "secret@", "U0VDUkVU");
  }

  @Test
  void journalMatchesCatalogueOperationsAndCountsPastItsCapacity() throws IOException {
    server.journal().capacity(3);
    for (int i = 0; i < 5; i++) {
      http.post("/api/v1/tags/" + i + "/devices/9", "{}");
    }
    http.post("/api/v1/activitymaps/query", "{}");
    http.get("/api/v1/not-an-operation");

    Journal journal = server.journal();
    assertThat(journal.size()).isEqualTo(3);
    assertThat(journal.total()).isEqualTo(7);
    assertThat(journal.count("POST", "/tags/{id}/devices/{childId}")).isEqualTo(5);
    assertThat(journal.count("POST", "/api/v1/tags/{id}/devices/{childId}")).isEqualTo(5);
    assertThat(journal.count("*", "/api/v1/not-an-operation")).isEqualTo(1);
    assertThat(journal.operationCounts())
        .containsEntry("POST /tags/{id}/devices/{childId}", 5L)
        .containsEntry("POST /activitymaps/query", 1L)
        .hasSize(2);
    assertThat(journal.last().operation()).isNull();
    assertThat(journal.entries("POST", "/activitymaps/**")).hasSize(1);

    journal.clear();
    assertThat(journal.total()).isZero();
    assertThat(journal.operationCounts()).isEmpty();
  }

  @Test
  void journalCanDropBodies() throws IOException {
    server.journal().keepBodies(false);
    http.post("/api/v5/batch/tags", "{\"upserts\": []}");
    assertThat(server.journal().last().body()).isEmpty();
    assertThat(server.journal().last().bodySize()).isEqualTo(15);
  }

  @Test
  void apiExceptionsBecome500WithAJsonBodyInTheServiceStyle() throws IOException {
    Http.Response extraHop = http.get("/api/v1/boom");
    Http.Response kentik = http.get("/api/v5/boom");

    assertThat(extraHop.status()).isEqualTo(500);
    assertThat(extraHop.json().path("error_message").asText()).contains("kaboom");
    assertThat(kentik.status()).isEqualTo(500);
    assertThat(kentik.json().path("error").asText()).contains("kaboom");
    assertThat(server.journal().last().error()).contains("IllegalStateException", "kaboom");
  }

  @Test
  void generatedBodiesAreDeterministic() throws IOException {
    HttpResponse<byte[]> response = http.send("GET", "/api/v1/big?size=300000", null);

    assertThat(response.body()).hasSize(300_000);
    for (int i = 0; i < response.body().length; i += 997) {
      assertThat(response.body()[i]).isEqualTo(FakeResponse.generatedByte(i));
    }
    assertThat(response.body()[299_999]).isEqualTo(FakeResponse.generatedByte(299_999));
  }

  @Test
  void aFakeThatThrowsAnErrorAnswers500InsteadOfLeavingTheClientWaiting() throws IOException {
    FakeApi broken =
        request -> {
          throw new AssertionError("broken handler");
        };
    try (FakeHttpServer failing = FakeHttpServer.start(broken)) {
      Http.Response response = Http.to(failing.baseUrl()).get("/api/v1/devices");
      assertThat(response.status()).isEqualTo(500);
      assertThat(response.text()).contains("broken handler");
    }
  }

  @Test
  void recordedRequestsAreDrainedSoTheServerDoesNotGrow() throws Exception {
    for (int i = 0; i < 200; i++) {
      http.get("/api/v1/devices");
    }
    assertThat(server.drainRecordedRequests()).isLessThanOrEqualTo(1);
  }

  @Test
  void bodiesOverTheLimitAre413WithoutReachingTheApi() throws IOException {
    try (FakeHttpServer small = FakeHttpServer.builder(echo).maxRequestBodyBytes(100).start()) {
      Http.Response response = Http.to(small.baseUrl()).post("/api/v5/batch/tags", "x".repeat(101));
      assertThat(response.status()).isEqualTo(413);
      assertThat(response.json().has("error")).isTrue();
      assertThat(calls).hasValue(0);
      assertThat(small.journal().last().status()).isEqualTo(413);
    }
  }

  @Test
  void servesHttpsWithTheGivenCertificate() throws IOException {
    HeldCertificate certificate =
        new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1").build();
    try (FakeHttpServer secure = FakeHttpServer.builder(echo).tls(certificate).start()) {
      assertThat(secure.baseUrl()).isEqualTo("https://127.0.0.1:" + secure.port());
      HandshakeCertificates trust =
          new HandshakeCertificates.Builder()
              .addTrustedCertificate(certificate.certificate())
              .build();

      Http.Response response = Http.to(secure.baseUrl(), trust.sslContext()).get("/api/v1/devices");

      assertThat(response.status()).isEqualTo(200);
      assertThatThrownBy(() -> Http.to(secure.baseUrl()).get("/api/v1/devices"))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void portCanBeChosen() {
    int port;
    try (FakeHttpServer first = FakeHttpServer.start(echo)) {
      port = first.port();
    }
    try (FakeHttpServer chosen = FakeHttpServer.builder(echo).port(port).start()) {
      assertThat(chosen.port()).isEqualTo(port);
    }
  }

  // --- faults ---

  @Test
  void statusFaultAnswersInTheServiceStyleForTheNextNMatchingRequestsOnly() throws IOException {
    Faults.Rule rule =
        server.faults().on("POST", "/api/v5/batch/tags").times(2).respond(Fault.status(503));

    Http.Response other = http.post("/api/v5/batch/customdimensions/c_x/populators", "{}");
    Http.Response first = http.post("/api/v5/batch/tags", "{}");
    Http.Response second = http.post("/api/v5/batch/tags", "{}");
    Http.Response third = http.post("/api/v5/batch/tags", "{}");

    assertThat(other.status()).isEqualTo(200);
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.json().path("error").asText()).isEqualTo("Service Unavailable");
    assertThat(second.status()).isEqualTo(503);
    assertThat(third.status()).isEqualTo(200);
    assertThat(rule.applied()).isEqualTo(2);
    assertThat(rule.active()).isFalse();
    assertThat(calls).hasValue(2);
    assertThat(server.journal().entries())
        .extracting(Journal.Entry::faulted)
        .containsExactly(false, true, true, false);
    assertThat(server.journal().entries().get(1).fault()).isEqualTo(Fault.status(503));

    server.faults().on("GET", "/api/v1/devices/{id}").respond(Fault.status(502));
    assertThat(http.get("/api/v1/devices/7").json().path("error_message").asText())
        .isEqualTo("Bad Gateway");
  }

  @Test
  void tooManyRequestsCarriesRetryAfterInSecondsOrNothing() throws IOException {
    server.faults().on("*", "/**").respond(Fault.tooManyRequests(Duration.ofMillis(1500)));
    server.faults().on("*", "/**").respond(Fault.tooManyRequests(null));

    Http.Response withHeader = http.get("/api/v1/devices");
    Http.Response without = http.get("/api/v1/devices");

    assertThat(withHeader.status()).isEqualTo(429);
    assertThat(withHeader.header("Retry-After")).isEqualTo("2");
    assertThat(without.status()).isEqualTo(429);
    assertThat(without.header("Retry-After")).isNull();
    assertThat(calls).hasValue(0);
  }

  @Test
  void delayWaitsThenGivesTheRealAnswer() throws IOException {
    server.faults().next(Fault.delay(Duration.ofMillis(300)));
    long start = System.nanoTime();

    Http.Response response = http.get("/api/v1/devices");

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(290));
    assertThat(response.status()).isEqualTo(200);
    assertThat(calls).hasValue(1);
    assertThat(server.journal().last().fault().kind()).isEqualTo(Fault.Kind.DELAY);
  }

  @Test
  void disconnectBeforeResponseNeverReachesTheApi() {
    server.faults().next(Fault.disconnectBeforeResponse());

    assertThatThrownBy(() -> http.post("/api/v1/tags", "{}")).isInstanceOf(IOException.class);
    assertThat(calls).hasValue(0);
    assertThat(server.journal().last().status()).isZero();
    assertThat(server.journal().last().faulted()).isTrue();
  }

  @Test
  void disconnectDuringBodyReachesTheApiAndCutsTheAnswer() {
    server.faults().on("GET", "/api/v1/devices").respond(Fault.disconnectDuringBody());
    server.faults().on("DELETE", "/api/v1/tags/1").respond(Fault.disconnectDuringBody());

    assertThatThrownBy(() -> http.get("/api/v1/devices")).isInstanceOf(IOException.class);
    assertThat(server.journal().last().status()).isEqualTo(200);
    assertThatThrownBy(() -> http.send("DELETE", "/api/v1/tags/1", null))
        .isInstanceOf(IOException.class);
    assertThat(calls).hasValue(2);
  }

  @Test
  void truncatedJsonIsA200WithHalfTheRealBody() throws IOException {
    server.faults().next(Fault.truncatedJson());

    Http.Response response = http.get("/api/v1/devices");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text()).startsWith("{\"");
    assertThatThrownBy(response::json).hasMessageContaining("not JSON");
    assertThat(calls).hasValue(1);
  }

  @Test
  void htmlErrorLooksLikeAProxyPage() throws IOException {
    server.faults().next(Fault.htmlError(502));

    Http.Response response = http.get("/api/v1/devices");

    assertThat(response.status()).isEqualTo(502);
    assertThat(response.header("Content-Type")).startsWith("text/html");
    assertThat(response.text()).contains("<title>502 Bad Gateway</title>");
    assertThat(calls).hasValue(0);
  }

  @Test
  void emptyOkHasNoBody() throws IOException {
    server.faults().next(Fault.emptyOk());

    Http.Response response = http.get("/api/v1/devices");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.raw().body()).isEmpty();
    assertThat(calls).hasValue(0);
  }

  @Test
  void randomFaultsFollowTheSeedAndOnlyMatchingRequests() throws IOException {
    server
        .faults()
        .on("GET", "/api/v1/devices")
        .randomly(0.5, 7L, Fault.status(503), Fault.status(500));
    int faulted = 0;
    for (int i = 0; i < 200; i++) {
      if (http.get("/api/v1/devices").status() >= 500) {
        faulted++;
      }
      assertThat(http.get("/api/v1/tags").status()).isEqualTo(200);
    }
    assertThat(faulted).isBetween(70, 130);
    List<Integer> firstRun =
        server.journal().entries("GET", "/api/v1/devices").stream()
            .map(Journal.Entry::status)
            .toList();

    server.faults().clear();
    server.journal().clear();
    server.faults().randomly(0.5, 7L, Fault.status(503), Fault.status(500));
    for (int i = 0; i < 200; i++) {
      http.get("/api/v1/devices");
    }
    List<Integer> secondRun =
        server.journal().entries().stream().map(Journal.Entry::status).toList();
    assertThat(secondRun).isEqualTo(firstRun);
  }

  @Test
  void faultRulesCanBeCancelledAndCleared() throws IOException {
    Faults.Rule rule = server.faults().on("*", "/**").always().respond(Fault.status(500));
    assertThat(http.get("/x").status()).isEqualTo(500);
    assertThat(http.get("/x").status()).isEqualTo(500);
    rule.cancel();
    assertThat(http.get("/x").status()).isEqualTo(200);
    server.faults().on("*", "/**").always().respond(Fault.status(500));
    server.faults().clear();
    assertThat(http.get("/x").status()).isEqualTo(200);
    assertThat(server.faults().rules()).isEmpty();
    assertThat(new String(http.send("GET", "/x", null).body(), StandardCharsets.UTF_8))
        .contains("\"path\":\"/x\"");
  }
}
