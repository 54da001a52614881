package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.bodyTree;
import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static io.netobs.extrahop.TestCores.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.OperandType;
import io.netobs.extrahop.model.RecordCursorForm;
import io.netobs.extrahop.model.RecordFormat;
import io.netobs.extrahop.model.RecordGroup;
import io.netobs.extrahop.model.RecordOperator;
import io.netobs.extrahop.model.RecordPage;
import io.netobs.extrahop.model.RecordSortDirection;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.extrahop.request.Operand;
import io.netobs.extrahop.request.RecordFilter;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.http.BadRequestException;
import io.netobs.http.DecodingException;
import io.netobs.http.Page;
import io.netobs.http.PagedIterable;
import io.netobs.http.ServerErrorException;
import io.netobs.http.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordsTest extends MockServerTest {
  private Records records;

  @BeforeEach
  void start() {
    records = new Records(core);
  }

  private static RecordQuery example5() {
    return RecordQuery.builder()
        .from(ExtraHopTime.ago(Duration.ofMinutes(15)))
        .limit(100)
        .types("~http")
        .filter(
            RecordFilter.builder()
                .and(
                    RecordFilter.builder()
                        .field("method")
                        .operator(RecordOperator.EQUALS)
                        .operand("GET")
                        .build(),
                    RecordFilter.builder()
                        .field("statusCode")
                        .operator(RecordOperator.EQUALS)
                        .operand("404")
                        .build())
                .build())
        .build();
  }

  @Test
  void aCursorPageIsNotAskedForAgainOnceItMayHaveBeenServed() {
    server.enqueue(json(page("c1", 4, "a", "b")));
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(page("c2", 4, "c", "d"))
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    server.enqueue(json(200, "{\"total\": 4, \"records\": [{\"_id\": \"c\"}"));
    server.enqueue(TestCores.json(503, "{\"error_message\": \"busy\"}"));
    server.enqueue(json(page(null, 4, "c", "d")));

    Iterator<StoredRecord> it = records.search(example5()).iterator();
    List<String> seen = new ArrayList<>();
    seen.add(it.next().id());
    seen.add(it.next().id());
    // The answer broke off: the cursor may be spent, so the SDK does not ask for it again by
    // itself.
    assertThatThrownBy(it::hasNext)
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.requestSent()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(2);
    // Cut short: the same.
    assertThatThrownBy(it::hasNext).isInstanceOf(DecodingException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
    // Nor after a 503; the caller who asks again gets the page, without a record skipped or
    // repeated.
    assertThatThrownBy(it::hasNext).isInstanceOf(ServerErrorException.class);
    it.forEachRemaining(r -> seen.add(r.id()));
    assertThat(seen).containsExactly("a", "b", "c", "d");
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void aCursorPageInTheBodyFormIsNotAskedForAgainEither() {
    server.enqueue(TestCores.json(502, "{\"error_message\": \"bad gateway\"}"));
    assertThatThrownBy(() -> records.nextPage("c1", RecordCursorForm.BODY, null))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static String page(String cursor, long total, String... ids) {
    String recs =
        Arrays.stream(ids)
            .map(
                id ->
                    "{\"_id\": \""
                        + id
                        + "\", \"_type\": \"~http\", \"_source\": {\"uri\": \"/"
                        + id
                        + "\"}}")
            .collect(Collectors.joining(", "));
    return "{\"total\": "
        + total
        + ", \"records\": ["
        + recs
        + "]"
        + (cursor == null ? "" : ", \"cursor\": \"" + cursor + "\"")
        + "}";
  }

  @Test
  void searchPageSendsTheGuidesExample5Exactly() throws Exception {
    server.enqueue(json(page(null, 0)));

    records.searchPage(example5());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/records/search");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(bodyTree(request))
        .isEqualTo(
            tree(
                """
        {
        "filter": {
        "operator": "and",
        "rules": [
        {
        "field": "method",
        "operand": "GET",
        "operator": "="
        },
        {
        "field": "statusCode",
        "operand": "404",
        "operator": "="
        }
        ]
        },
        "from": -900000,
        "limit": 100,
        "types": [
        "~http"
        ]
        }"""));
  }

  @Test
  void timeUnitsExampleOfTheGuide() throws Exception {
    server.enqueue(json(page(null, 0)));

    records.searchPage(
        RecordQuery.builder()
            .from(ExtraHopTime.ago(2, ExtraHopTime.Unit.HOURS))
            .until(ExtraHopTime.ago(1, ExtraHopTime.Unit.HOURS))
            .types(List.of("~http"))
            .build());

    assertThat(bodyTree(server.takeRequest()))
        .isEqualTo(
            tree(
                """
        {"from": "-2h", "until": "-1h", "types": ["~http"]}"""));
  }

  @Test
  void operandExamplesOfTheGuide() throws Exception {
    server.enqueue(json(page(null, 0)));
    server.enqueue(json(page(null, 0)));

    records.searchPage(
        RecordQuery.builder()
            .from(ExtraHopTime.parse(-1000))
            .filter(
                RecordFilter.builder()
                    .field("senderAddr")
                    .operator(RecordOperator.EQUALS)
                    .operand(Operand.builder().type(OperandType.IPADDR4).value("1.2.3.4").build())
                    .build())
            .build());
    records.searchPage(
        RecordQuery.builder()
            .from(ExtraHopTime.parse(-1000))
            .filter(
                RecordFilter.builder()
                    .field("senderAddr")
                    .operator(RecordOperator.EQUALS)
                    .operand("1.2.3.4")
                    .build())
            .build());

    assertThat(bodyTree(server.takeRequest()))
        .isEqualTo(
            tree(
                """
        {"from": -1000, "filter": {"field": "senderAddr", "operator": "=", "operand": {"type": "ipaddr4", "value": "1.2.3.4"}}}"""));
    assertThat(bodyTree(server.takeRequest()))
        .isEqualTo(
            tree(
                """
        {"from": -1000, "filter": {"field": "senderAddr", "operator": "=", "operand": "1.2.3.4"}}"""));
  }

  @Test
  void everyOperatorTypedOperandNestingContextTtlAndExtraFields() throws Exception {
    server.enqueue(json(page(null, 0)));

    records.searchPage(
        RecordQuery.builder()
            .from(ExtraHopTime.at(Instant.ofEpochMilli(1_700_000_000_000L)))
            .until(ExtraHopTime.now())
            .types("~http", "~ssl_open")
            .filter(
                RecordFilter.builder()
                    .or(
                        RecordFilter.builder()
                            .and(
                                RecordFilter.builder()
                                    .field("a")
                                    .operator(RecordOperator.NOT_EQUALS)
                                    .operand(
                                        Operand.builder()
                                            .type(OperandType.IPADDR6)
                                            .value("2001:db8::/32")
                                            .build())
                                    .build(),
                                RecordFilter.builder()
                                    .field("b")
                                    .operator(RecordOperator.GREATER_THAN)
                                    .operand(5)
                                    .build(),
                                RecordFilter.builder()
                                    .field("c")
                                    .operator(RecordOperator.LESS_THAN)
                                    .operand(2.5)
                                    .build(),
                                RecordFilter.builder()
                                    .field("d")
                                    .operator(RecordOperator.AT_LEAST)
                                    .operand(
                                        Operand.builder().type(OperandType.NUMBER).value(1).build())
                                    .build(),
                                RecordFilter.builder()
                                    .field("e")
                                    .operator(RecordOperator.AT_MOST)
                                    .operand(
                                        Operand.builder()
                                            .type(OperandType.DEVICE)
                                            .value(42)
                                            .build())
                                    .build())
                            .build(),
                        RecordFilter.builder()
                            .field("f")
                            .operator(RecordOperator.STARTS_WITH)
                            .operand("/api")
                            .build(),
                        RecordFilter.builder()
                            .field("g")
                            .operator(RecordOperator.MATCHES)
                            .operand("^x.*")
                            .build(),
                        RecordFilter.builder()
                            .field("h")
                            .operator(RecordOperator.NOT_MATCHES)
                            .operand("y$")
                            .build(),
                        RecordFilter.builder().field("i").operator(RecordOperator.EXISTS).build(),
                        RecordFilter.builder()
                            .field("j")
                            .operator(RecordOperator.NOT_EXISTS)
                            .build(),
                        RecordFilter.builder()
                            .field("k")
                            .operator("in_future_firmware")
                            .operand(Operand.builder().type(OperandType.STRING).value("z").build())
                            .build(),
                        RecordFilter.builder()
                            .field("l")
                            .operator(RecordOperator.EQUALS)
                            .operand(
                                Operand.builder().type(OperandType.BOOLEAN).value(true).build())
                            .build(),
                        RecordFilter.builder()
                            .field("m")
                            .operator(RecordOperator.EQUALS)
                            .operand(
                                Operand.builder()
                                    .type(OperandType.APPLICATION)
                                    .value("app")
                                    .build())
                            .build())
                    .build())
            .limit(10_000)
            .contextTtl(Duration.ofMinutes(1))
            .sort("timestamp", RecordSortDirection.DESC)
            .extra("in_future_firmware", List.of(Map.of("k", "v")))
            .build());

    assertThat(bodyTree(server.takeRequest()))
        .isEqualTo(
            tree(
                """
        {"from": 1700000000000, "until": 0, "types": ["~http", "~ssl_open"], "limit": 10000, "context_ttl": 60000,
         "sort": [{"field": "timestamp", "direction": "desc"}], "in_future_firmware": [{"k": "v"}],
         "filter": {"operator": "or", "rules": [
           {"operator": "and", "rules": [
             {"field": "a", "operator": "!=", "operand": {"type": "ipaddr6", "value": "2001:db8::/32"}},
             {"field": "b", "operator": ">", "operand": 5},
             {"field": "c", "operator": "<", "operand": 2.5},
             {"field": "d", "operator": ">=", "operand": {"type": "number", "value": 1}},
             {"field": "e", "operator": "<=", "operand": {"type": "device", "value": 42}}]},
           {"field": "f", "operator": "startswith", "operand": "/api"},
           {"field": "g", "operator": "~", "operand": "^x.*"},
           {"field": "h", "operator": "!~", "operand": "y$"},
           {"field": "i", "operator": "exists"},
           {"field": "j", "operator": "not_exists"},
           {"field": "k", "operator": "in_future_firmware", "operand": {"type": "string", "value": "z"}},
           {"field": "l", "operator": "=", "operand": {"type": "boolean", "value": true}},
           {"field": "m", "operator": "=", "operand": {"type": "application", "value": "app"}}]}}"""));
  }

  @Test
  void decodesAPageWithItsRecordsAndUnknownFields() {
    server.enqueue(
        json(
            """
        {"total": 2, "cursor": "c-1", "took": 12,
         "records": [
           {"_id": "r1", "_type": "~http", "_index": "idx-1", "_score": 1.0,
            "_source": {"timestamp": 1447973460000, "clientAddr": "10.0.0.1", "serverAddr": "10.0.0.2",
                        "clientPort": 51000, "serverPort": "80", "statusCode": 404, "method": "GET",
                        "processingTime": 1.5, "flowId": "abc", "isPipelined": false, "tags": ["x"], "extra": null}},
           {"_id": "r2", "_type": "~dns", "_source": {"senderAddr": "1.1.1.1", "receiverAddr": "2.2.2.2"}}]}"""));

    RecordPage page = records.searchPage(example5());

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.nextCursor()).contains("c-1");
    assertThat(page.unknownFields()).containsEntry("took", 12);
    StoredRecord first = page.records().get(0);
    assertThat(first.id()).isEqualTo("r1");
    assertThat(first.type()).isEqualTo("~http");
    assertThat(first.index()).isEqualTo("idx-1");
    assertThat(first.unknownFields()).containsEntry("_score", 1.0);
    assertThat(first.timestamp()).contains(Instant.ofEpochMilli(1447973460000L));
    assertThat(first.clientAddr()).contains("10.0.0.1");
    assertThat(first.serverAddr()).contains("10.0.0.2");
    assertThat(first.clientPort()).hasValue(51000);
    assertThat(first.serverPort()).hasValue(80);
    assertThat(first.longValue("statusCode")).hasValue(404);
    assertThat(first.string("statusCode")).contains("404");
    assertThat(first.string("method")).contains("GET");
    assertThat(first.doubleValue("processingTime")).hasValue(1.5);
    assertThat(first.bool("isPipelined")).contains(false);
    assertThat(first.flowId()).contains("abc");
    assertThat(first.field("tags")).contains(List.of("x"));
    assertThat(first.string("tags")).isEmpty();
    assertThat(first.source()).containsEntry("extra", null);
    assertThat(first.string("missing")).isEmpty();
    StoredRecord second = page.records().get(1);
    assertThat(second.index()).isNull();
    assertThat(second.senderAddr()).contains("1.1.1.1");
    assertThat(second.receiverAddr()).contains("2.2.2.2");
    assertThat(second.timestamp()).isEmpty();
    assertThat(second.unknownFields()).isEmpty();
  }

  @Test
  void searchIsLazyAndWalksThreePagesByPathCursor() throws Exception {
    PagedIterable<StoredRecord> all = records.search(example5());
    assertThat(server.getRequestCount()).isZero();

    server.enqueue(json(page("c1", 5, "a", "b")));
    server.enqueue(json(page("c2", 5, "c", "d")));
    server.enqueue(json(page(null, 5, "e")));

    Iterator<StoredRecord> it = all.iterator();
    assertThat(server.getRequestCount()).isZero();
    List<String> ids = new ArrayList<>();
    while (it.hasNext()) {
      ids.add(it.next().id());
      assertThat(server.getRequestCount()).isEqualTo((ids.size() + 1) / 2);
    }

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    RecordedRequest first = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(first)).isEqualTo("/api/v1/records/search");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(second)).isEqualTo("/api/v1/records/cursor/c1");
    RecordedRequest third = server.takeRequest();
    assertThat(third.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(third)).isEqualTo("/api/v1/records/cursor/c2");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void searchWalksThreePagesByBodyCursorWithContextTtl() throws Exception {
    server.enqueue(json(page("c1", 5, "a", "b")));
    server.enqueue(json(page("c2", 5, "c", "d")));
    server.enqueue(json(page(null, 5, "e")));

    RecordQuery query = example5().toBuilder().contextTtl(Duration.ofSeconds(30)).build();
    List<String> ids =
        records.withCursorForm(RecordCursorForm.BODY).search(query).stream()
            .map(StoredRecord::id)
            .toList();

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    assertThat(bodyTree(server.takeRequest()))
        .isEqualTo(
            tree(
                """
        {"filter": {"operator": "and", "rules": [{"field": "method", "operand": "GET", "operator": "="},
          {"field": "statusCode", "operand": "404", "operator": "="}]},
         "from": -900000, "limit": 100, "types": ["~http"], "context_ttl": 30000}"""));
    RecordedRequest second = server.takeRequest();
    assertThat(second.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(second)).isEqualTo("/api/v1/records/cursor?context_ttl=30000");
    assertThat(second.getBody().utf8()).isEqualTo("{\"cursor\":\"c1\"}");
    RecordedRequest third = server.takeRequest();
    assertThat(pathAndQuery(third)).isEqualTo("/api/v1/records/cursor?context_ttl=30000");
    assertThat(third.getBody().utf8()).isEqualTo("{\"cursor\":\"c2\"}");
  }

  @Test
  void theQuerysCursorFormOverridesTheResources() throws Exception {
    server.enqueue(json(page("c1", 2, "a")));
    server.enqueue(json(page(null, 2, "b")));

    RecordQuery query = example5().toBuilder().cursorForm(RecordCursorForm.BODY).build();
    assertThat(records.cursorForm()).isEqualTo(RecordCursorForm.PATH);
    assertThat(records.search(query).stream().map(StoredRecord::id)).containsExactly("a", "b");

    server.takeRequest();
    RecordedRequest next = server.takeRequest();
    assertThat(next.getMethod()).isEqualTo("POST");
    assertThat(bodyTree(next)).isEqualTo(tree("{\"cursor\": \"c1\"}"));
  }

  @Test
  void pathCursorCarriesContextTtlAsQueryAndIsEncodedAsOneSegment() throws Exception {
    server.enqueue(json(page(null, 0)));

    records.nextPage("a/b+c=?", RecordCursorForm.PATH, Duration.ofSeconds(5));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/records/cursor/a%2Fb+c=%3F");
    assertThat(request.getUrl().queryParameter("context_ttl")).isEqualTo("5000");
  }

  @Test
  void singlePageCallsUseTheResourcesForm() throws Exception {
    server.enqueue(json(page(null, 1, "z")));
    server.enqueue(json(page(null, 1, "z")));

    assertThat(records.nextPage("c9").records()).extracting(StoredRecord::id).containsExactly("z");
    records.withCursorForm(RecordCursorForm.BODY).nextPage("c9");

    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/records/cursor/c9");
    RecordedRequest body = server.takeRequest();
    assertThat(body.getMethod()).isEqualTo("POST");
    assertThat(bodyTree(body)).isEqualTo(tree("{\"cursor\": \"c9\"}"));
  }

  @Test
  void aCursorOnAnEmptyPageEndsTheSearch() {
    server.enqueue(json(page("c1", 1, "a")));
    server.enqueue(json(page("c2", 1)));

    assertThat(records.search(example5()).stream().map(StoredRecord::id)).containsExactly("a");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aFailedPageCanBeRetriedWithoutSkippingOrRepeating() throws Exception {
    server.enqueue(json(page("c1", 4, "a", "b")));
    server.enqueue(json(400, "{\"error_message\": \"cursor busy\"}"));
    server.enqueue(json(page(null, 4, "c", "d")));

    Iterator<StoredRecord> it = records.search(example5()).iterator();
    List<String> ids = new ArrayList<>();
    ids.add(it.next().id());
    ids.add(it.next().id());
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("cursor busy");
    while (it.hasNext()) {
      ids.add(it.next().id());
    }

    assertThat(ids).containsExactly("a", "b", "c", "d");
    server.takeRequest();
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/records/cursor/c1");
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/records/cursor/c1");
  }

  @Test
  void pagesExposeTotalAndEachIterationSearchesAgain() {
    server.enqueue(json(page("c1", 3, "a", "b")));
    server.enqueue(json(page(null, 3, "c")));
    server.enqueue(json(page(null, 3, "a")));

    PagedIterable<StoredRecord> all = records.search(example5());
    List<Page<StoredRecord>> pages = new ArrayList<>();
    all.pages().forEach(pages::add);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).total()).hasValue(3);
    assertThat(all.firstPage().items()).extracting(StoredRecord::id).containsExactly("a");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void searchesAreRetriedOnServerErrorsBecauseTheyAreIdempotent() {
    server.enqueue(json(503, "{\"error_message\": \"busy\"}"));
    server.enqueue(json(page(null, 1, "a")));

    assertThat(records.searchPage(example5()).records())
        .extracting(StoredRecord::id)
        .containsExactly("a");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void queriesAreCheckedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> RecordQuery.builder().limit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be between 1 and 10000");
    assertThatThrownBy(() -> RecordQuery.builder().limit(10_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 10001");
    assertThatThrownBy(() -> RecordQuery.builder().types("~http").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("from is required");
    assertThatThrownBy(() -> RecordQuery.builder().types("~http", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("types[1] must not be blank");
    assertThatThrownBy(() -> RecordQuery.builder().contextTtl(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contextTtl");
    assertThatThrownBy(() -> RecordQuery.builder().extra("limit", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("own builder method");
    assertThatThrownBy(() -> records.nextPage(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor must not be blank");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void filtersAreCheckedBeforeAnythingIsSent() {
    assertThatThrownBy(
            () ->
                RecordFilter.builder()
                    .field("clientAddr")
                    .operator(RecordOperator.GREATER_THAN)
                    .operand("10.0.0.0/8")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CIDR block")
        .hasMessageContaining("\"=\" or \"!=\"")
        .hasMessageContaining("clientAddr");
    assertThatThrownBy(
            () ->
                RecordFilter.builder()
                    .field("clientAddr")
                    .operator(RecordOperator.STARTS_WITH)
                    .operand("10.0.0.0/8")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CIDR block");
    assertThatThrownBy(
            () ->
                RecordFilter.builder()
                    .field("clientAddr")
                    .operator(RecordOperator.MATCHES)
                    .operand(
                        Operand.builder()
                            .type(OperandType.IPADDR6)
                            .value("2001:db8::/32")
                            .build()
                            .value()
                            .toString())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CIDR block");
    assertThat(
            RecordFilter.builder()
                .field("clientAddr")
                .operator(RecordOperator.NOT_EQUALS)
                .operand(Operand.builder().type(OperandType.IPADDR4).value("10.0.0.0/8").build())
                .build()
                .operand())
        .isEqualTo(Operand.builder().type(OperandType.IPADDR4).value("10.0.0.0/8").build());
    assertThat(
            RecordFilter.builder()
                .field("uri")
                .operator(RecordOperator.STARTS_WITH)
                .operand("/a/b")
                .build()
                .operand())
        .isEqualTo("/a/b");
    assertThatThrownBy(() -> Operand.builder().type(OperandType.IPADDR4).value("300.1.1.1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ipaddr4");
    assertThatThrownBy(
            () -> Operand.builder().type(OperandType.IPADDR4).value("10.0.0.0/33").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Operand.builder().type(OperandType.IPADDR6).value("not-an-address").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ipaddr6");
    assertThatThrownBy(() -> Operand.builder().type(OperandType.NUMBER).value("5").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Number");
    assertThatThrownBy(
            () ->
                RecordFilter.builder()
                    .field("x")
                    .operator(RecordOperator.EQUALS)
                    .operand(null)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be null")
        .hasMessageContaining("exists()");
    assertThatThrownBy(
            () ->
                RecordFilter.builder()
                    .field("x")
                    .operator(RecordOperator.EXISTS)
                    .operand("y")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes no operand");
    assertThatThrownBy(
            () ->
                RecordFilter.builder()
                    .field("x")
                    .operator(RecordOperator.EQUALS)
                    .operand(new Object())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("String, Number, Boolean or Operand");
    assertThatThrownBy(() -> RecordFilter.builder().field(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field");
    assertThatThrownBy(() -> RecordFilter.builder().and().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one rule");
    assertThatThrownBy(() -> RecordFilter.builder().or(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordOperator.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(RecordOperator.of("STARTSWITH")).isSameAs(RecordOperator.STARTS_WITH);
    assertThat(RecordOperator.of("future").isKnown()).isFalse();
    assertThat(
            RecordFilter.builder()
                .field("x")
                .operator("future")
                .operand("10.0.0.0/8")
                .build()
                .operator()
                .value())
        .isEqualTo("future");
  }

  @Test
  void eqlSortOffsetAndAggregationsGoInTheBodyAndGroupsDecode() throws Exception {
    server.enqueue(
        json(
            """
        {"total": 120, "aggregations": [
          {"key": {"method": "GET", "statusCode": 404}, "count": 100, "share": 0.8},
          {"group": {"method": "POST", "statusCode": 500}, "doc_count": 20}]}"""));
    RecordQuery query =
        RecordQuery.builder()
            .from(ExtraHopTime.parse(-900_000))
            .types("~http")
            .eql("statusCode >= 400")
            .sort("statusCode", RecordSortDirection.ASC)
            .sort("timestamp", RecordSortDirection.DESC)
            .aggregations("method", "statusCode")
            .limit(1000)
            .offset(10)
            .build();

    List<RecordGroup> groups = records.aggregate(query);

    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).value("method")).contains("GET");
    assertThat(groups.get(0).value("statusCode")).contains("404");
    assertThat(groups.get(0).count()).isEqualTo(100);
    assertThat(groups.get(0).unknownFields()).containsEntry("share", 0.8);
    assertThat(groups.get(1).value("method")).contains("POST");
    assertThat(groups.get(1).count()).isEqualTo(20);
    RecordedRequest request = server.takeRequest();
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/records/search");
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"from\":-900000,\"types\":[\"~http\"],\"eql\":\"statusCode >= 400\","
                + "\"sort\":[{\"field\":\"statusCode\",\"direction\":\"asc\"},"
                + "{\"field\":\"timestamp\",\"direction\":\"desc\"}],"
                + "\"aggregations\":{\"fields\":[\"method\",\"statusCode\"]},"
                + "\"limit\":1000,\"offset\":10}");
    assertThat(query.toBuilder().build().toString()).isEqualTo(query.toString());
    assertThat(query.toString())
        .contains("eql=statusCode >= 400", "aggregations=[method, statusCode]");
  }

  @Test
  void aSearchWithoutAggregationsHasNoGroups() throws Exception {
    server.enqueue(json(page(null, 1, "a")));

    assertThat(records.searchPage(example5()).aggregations()).isEmpty();
    assertThatThrownBy(() -> records.aggregate(example5()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aggregations");
  }

  @Test
  void formatsDecodeWithTheirFieldsAndUnknownFields() throws Exception {
    server.enqueue(
        json(
            """
        [{"id": "~http", "display_name": "HTTP", "fields": [{"name": "method", "data_type": "string"}],
          "author": "ExtraHop"}, {"id": "~custom"}]"""));

    List<RecordFormat> formats = records.formats();

    assertThat(formats).extracting(RecordFormat::id).containsExactly("~http", "~custom");
    assertThat(formats.get(0).displayName()).isEqualTo("HTTP");
    assertThat(formats.get(0).fields())
        .singleElement()
        .satisfies(f -> assertThat(f).containsEntry("name", "method"));
    assertThat(formats.get(0).unknownFields()).containsEntry("author", "ExtraHop");
    assertThat(formats.get(1).fields()).isEmpty();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/records/formats");
  }

  @Test
  void groupsAreLimitedToTheirOwnMaximumAndBadValuesAreRefused() {
    RecordQuery.Builder grouped =
        RecordQuery.builder().from(ExtraHopTime.parse("-1h")).aggregations("method").limit(1001);
    assertThatThrownBy(grouped::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000");
    assertThat(grouped.limit(1000).build().limit()).hasValue(1000);
    assertThat(RecordQuery.builder().from(ExtraHopTime.parse("-1h")).limit(10_000).build().limit())
        .hasValue(10_000);
    assertThatThrownBy(() -> RecordQuery.builder().aggregations())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aggregations");
    assertThatThrownBy(() -> RecordQuery.builder().aggregations("a", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aggregations[1]");
    assertThatThrownBy(() -> RecordQuery.builder().offset(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
    assertThatThrownBy(() -> RecordQuery.builder().eql(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eql");
    assertThatThrownBy(() -> RecordQuery.builder().sort(" ", RecordSortDirection.ASC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sort");
    assertThatThrownBy(() -> RecordQuery.builder().sort("a", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("sort");
    assertThatThrownBy(() -> RecordQuery.builder().extra("eql", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eql");
    assertThat(server.getRequestCount()).isZero();
  }
}
