package io.netobs.extrahop;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.netobs.extrahop.model.RecordCursorForm;
import io.netobs.extrahop.model.RecordFormat;
import io.netobs.extrahop.model.RecordGroup;
import io.netobs.extrahop.model.RecordPage;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.http.PagedIterable;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.ApiResponse;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.DecodedLater;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The record log: {@code POST /records/search} and the cursor that pages through its results.
 *
 * <pre>{@code
 * for (StoredRecord record : client.records().search(query)) {   // pages fetched as iteration reaches them
 *   System.out.println(record.timestamp() + " " + record.string("uri").orElse(""));
 * }
 * }</pre>
 *
 * <p>A query may filter with a {@code RecordFilter} or an EQL query, sort, skip, and group records
 * by fields ({@link #aggregate(RecordQuery)}); {@link #formats()} lists the record formats.
 *
 * <p>Firmware differs in how the next page is asked for (see {@link RecordCursorForm}). Unless a
 * form is chosen, the client's uses the one the firmware has ({@link
 * ExtraHopClient#firmwareVersion()}, asked for when a second page is first needed, or pinned on the
 * builder): {@code POST /records/cursor} on RevealX 360 and on firmware after the 9.x line, {@code
 * GET /records/cursor/{cursor}} before. Choose a form with {@link
 * #withCursorForm(RecordCursorForm)}, or per query with {@code RecordQuery.Builder.cursorForm}.
 *
 * <p>Reading a cursor moves it on: the appliance hands out the next page and retires (or advances)
 * the cursor. A cursor page is therefore never asked for again once the request may have reached
 * the appliance (its answer timed out, broke off or was cut short): asking again would fail on a
 * spent cursor or, on a scroll-style server, silently skip a page. It is retried only when it
 * surely was not processed (the connection failed before sending, or 429). The failure comes out of
 * the pager's {@code hasNext()}; run the search again to start over.
 *
 * <p>Immutable and thread-safe.
 */
public final class Records {
  private final HttpCore core;

  /** The chosen form, or null to use the firmware's. */
  private final RecordCursorForm cursorForm;

  /** The firmware's forms, or null when a form is always chosen. */
  private final FirmwareForms forms;

  Records(HttpCore core) {
    this(core, RecordCursorForm.PATH);
  }

  Records(HttpCore core, RecordCursorForm cursorForm) {
    this.core = Objects.requireNonNull(core, "core");
    this.cursorForm = Objects.requireNonNull(cursorForm, "cursorForm");
    this.forms = null;
  }

  /** Asks for next pages in the form the firmware has. */
  Records(HttpCore core, FirmwareForms forms) {
    this.core = Objects.requireNonNull(core, "core");
    this.cursorForm = null;
    this.forms = Objects.requireNonNull(forms, "forms");
  }

  /** A variant of this resource that asks for next pages in the given form. */
  public Records withCursorForm(RecordCursorForm cursorForm) {
    Checks.notNull(cursorForm, "cursorForm");
    return new Records(core, cursorForm);
  }

  /**
   * The form in which this resource asks for next pages: the one chosen, or else the firmware's
   * (which may ask the appliance which firmware it runs, once per client).
   */
  public RecordCursorForm cursorForm() {
    if (cursorForm != null) {
      return cursorForm;
    }
    return forms.currentForms() ? RecordCursorForm.BODY : RecordCursorForm.PATH;
  }

  /**
   * Every record matching {@code query}, page after page. Nothing is sent until iteration starts;
   * each next page is fetched from the previous page's cursor when iteration reaches it, in the
   * query's cursor form or else this resource's. Each new iteration runs the search again.
   */
  public PagedIterable<StoredRecord> search(RecordQuery query) {
    Checks.notNull(query, "query");
    RecordCursorForm chosen = query.cursorForm().orElse(cursorForm);
    Duration ttl = query.contextTtl().orElse(null);
    // The firmware's form is looked up only when a second page is needed.
    return core.byCursor(
        () -> core.execute(searchRequest(query), this::decodedLater),
        cursor ->
            core.execute(
                nextPageRequest(cursor, chosen != null ? chosen : cursorForm(), ttl),
                this::decodedLater));
  }

  /**
   * A page of the search's listing whose records are decoded when the caller first looks at them:
   * the answer is read whole now, and only its cursor, total and whether it holds records are taken
   * from it, so that the next page can be asked for at once while this one is decoded.
   */
  private PagedIterable.CursorPage<StoredRecord> decodedLater(ApiResponse response)
      throws IOException {
    byte[] body = response.bytes();
    String cursor = null;
    long total = 0;
    boolean empty = true;
    try (JsonParser parser = Json.mapper().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw JsonMappingException.from(parser, "a record page must be a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "cursor" ->
              cursor = value == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
          case "total" -> total = parser.getValueAsLong();
          case "records" -> empty = !hasItems(parser, value);
          default -> parser.skipChildren();
        }
      }
    }
    String method = response.method();
    String path = response.path();
    int status = response.status();
    List<StoredRecord> records =
        DecodedLater.of(
            empty,
            () -> {
              try {
                return Json.mapper().readValue(body, RecordPage.class).records();
              } catch (IOException e) {
                throw core.decodingFailure(method, path, status, body, e);
              }
            });
    return new PagedIterable.CursorPage<>(records, cursor, OptionalLong.of(total));
  }

  /** Whether the array at {@code parser} holds an element; leaves the parser after the value. */
  private static boolean hasItems(JsonParser parser, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return false;
    }
    boolean any = false;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t == null) {
        throw JsonMappingException.from(parser, "the records array is cut short");
      }
      any = true;
      parser.skipChildren();
    }
    return any;
  }

  /** The first page of a search ({@code POST /records/search}), with the cursor of the next. */
  public RecordPage searchPage(RecordQuery query) {
    Checks.notNull(query, "query");
    return core.json(searchRequest(query), RecordPage.class);
  }

  private static ApiRequest searchRequest(RecordQuery query) {
    return ApiRequest.post("/records/search").json(query).idempotent(true).build();
  }

  /** The page at {@code cursor}, asked for in this resource's cursor form. */
  public RecordPage nextPage(String cursor) {
    Checks.notBlank(cursor, "cursor");
    return nextPage(cursor, cursorForm(), null);
  }

  /**
   * The page at {@code cursor}. In both forms a {@code contextTtl} goes as the query parameter
   * {@code context_ttl}: {@code GET /records/cursor/{cursor}?context_ttl=..} or {@code POST
   * /records/cursor?context_ttl=..} with the body {@code {"cursor": ...}}.
   *
   * @param cursor the cursor of the previous page
   * @param form how to ask: {@code GET /records/cursor/{cursor}} or {@code POST /records/cursor}
   * @param contextTtl how long the appliance should keep the cursor alive; null for its default
   */
  public RecordPage nextPage(String cursor, RecordCursorForm form, @Nullable Duration contextTtl) {
    Checks.notBlank(cursor, "cursor");
    Checks.notNull(form, "form");
    if (contextTtl != null && contextTtl.toMillis() < 1) {
      throw new IllegalArgumentException("contextTtl must be at least 1 ms, was " + contextTtl);
    }
    return core.json(nextPageRequest(cursor, form, contextTtl), RecordPage.class);
  }

  private static ApiRequest nextPageRequest(
      String cursor, RecordCursorForm form, Duration contextTtl) {
    Long ttlMillis = contextTtl == null ? null : contextTtl.toMillis();
    ApiRequest request;
    if (form == RecordCursorForm.PATH) {
      request =
          ApiRequest.get("/records/cursor/{}", cursor)
              .query("context_ttl", ttlMillis)
              .idempotent(false)
              .build();
    } else {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("cursor", cursor);
      request =
          ApiRequest.post("/records/cursor")
              .query("context_ttl", ttlMillis)
              .json(body)
              .idempotent(false)
              .build();
    }
    return request;
  }

  /**
   * The groups of a search with {@link RecordQuery.Builder#aggregations(String...)}: one {@code
   * POST /records/search}, whose {@code limit} counts groups.
   *
   * @throws IllegalArgumentException when the query does not group records
   */
  public List<RecordGroup> aggregate(RecordQuery query) {
    Checks.notNull(query, "query");
    if (query.aggregations().isEmpty()) {
      throw new IllegalArgumentException(
          "query must group records: set aggregations(...) on the RecordQuery");
    }
    return searchPage(query).aggregations();
  }

  /** Every record format the appliance knows, with its fields ({@code GET /records/formats}). */
  public List<RecordFormat> formats() {
    return core.json(ApiRequest.get("/records/formats").build(), Json.listOf(RecordFormat.class));
  }

  @Override
  public String toString() {
    return "Records[cursorForm="
        + (cursorForm != null ? cursorForm : "as the firmware has it")
        + "]";
  }
}
