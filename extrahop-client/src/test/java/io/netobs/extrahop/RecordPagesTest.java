package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.RecordCursorForm;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.http.DecodingException;
import io.netobs.http.Page;
import io.netobs.http.PagedIterable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages of a record search as the cursor chain reads them: the fields taken from each answer
 * before its records are decoded, and what ends the chain.
 */
class RecordPagesTest extends MockServerTest {
  private Records records;

  @BeforeEach
  void start() {
    records = new Records(core);
  }

  private static RecordQuery query() {
    return RecordQuery.builder().from(ExtraHopTime.ago(Duration.ofMinutes(15))).build();
  }

  private List<Page<StoredRecord>> pages(PagedIterable<StoredRecord> search) {
    List<Page<StoredRecord>> pages = new ArrayList<>();
    search.pages().forEach(pages::add);
    return pages;
  }

  @Test
  void theCursorIsReadAfterRecordsWithNestedValuesAndUnknownFieldsAreSkipped() throws Exception {
    server.enqueue(
        json(
            """
            {"took": {"shards": [1, {"ok": true}]}, "total": 3,
             "records": [{"_id": "a", "_source": {"tags": ["x", {"y": [2]}]}}, {"_id": "b"}],
             "timed_out": false, "cursor": "c1"}"""));
    server.enqueue(json("{\"records\": [{\"_id\": \"c\"}], \"cursor\": null, \"total\": 3}"));

    List<Page<StoredRecord>> pages = pages(records.search(query()));

    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).items()).extracting(StoredRecord::id).containsExactly("a", "b");
    assertThat(pages.get(0).total()).hasValue(3);
    assertThat(pages.get(1).items()).extracting(StoredRecord::id).containsExactly("c");
    server.takeRequest();
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/records/cursor/c1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aPageWithoutARecordsArrayIsEmptyAndEndsTheChain() {
    server.enqueue(json("{\"records\": null, \"cursor\": \"c1\"}"));

    List<Page<StoredRecord>> pages = pages(records.search(query()));

    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).items()).isEmpty();
    assertThat(pages.get(0).total()).hasValue(0);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAnswerThatIsNotAJsonObjectIsADecodingError() {
    server.enqueue(json("[{\"_id\": \"a\"}]"));
    assertThatThrownBy(() -> records.search(query()).iterator().hasNext())
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("a record page must be a JSON object");
  }

  @Test
  void recordsThatDoNotDecodeFailWhenTheCallerReachesThem() {
    server.enqueue(json("{\"records\": [{\"_id\": [\"not\", \"text\"]}], \"total\": 1}"));
    assertThatThrownBy(() -> records.search(query()).iterator().next())
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void aContextTtlOfOneMillisecondIsTheShortest() throws Exception {
    server.enqueue(json("{\"records\": [], \"total\": 0}"));
    records.nextPage("c1", RecordCursorForm.BODY, Duration.ofMillis(1));
    assertThat(pathAndQuery(server.takeRequest()))
        .isEqualTo("/api/v1/records/cursor?context_ttl=1");
    assertThatThrownBy(
            () -> records.nextPage("c1", RecordCursorForm.BODY, Duration.ofNanos(999_999)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contextTtl must be at least 1 ms");
    assertThatThrownBy(() -> records.nextPage("c1", RecordCursorForm.PATH, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> records.nextPage("c1", null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("form");
    assertThatThrownBy(() -> records.nextPage(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aChosenFormIsShown() {
    assertThat(records).hasToString("Records[cursorForm=PATH]");
    assertThat(records.withCursorForm(RecordCursorForm.BODY))
        .hasToString("Records[cursorForm=BODY]");
    assertThatThrownBy(() -> records.withCursorForm(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> records.search(null)).isInstanceOf(NullPointerException.class);
  }
}
