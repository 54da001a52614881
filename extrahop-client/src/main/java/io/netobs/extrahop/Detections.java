package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Detection;
import io.netobs.extrahop.model.DetectionNote;
import io.netobs.extrahop.model.Investigation;
import io.netobs.extrahop.request.DetectionQuery;
import io.netobs.extrahop.request.DetectionTicketUpdate;
import io.netobs.extrahop.request.DetectionUpdate;
import io.netobs.http.PagedIterable;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Detections ({@code /detections}, newer firmware): search, fetched lazily page by page; reading
 * and updating one detection, its notes, related detections and investigations; ticket updates;
 * and, through {@link #formats()} and {@link #tuningRules()}, detection formats and tuning rules.
 *
 * <pre>{@code
 * DetectionQuery open = DetectionQuery.builder()
 *     .filter(DetectionFilter.builder().categories("sec").riskScoreMin(60).statusNone().build())
 *     .from(ExtraHopTime.at(since))
 *     .build();
 * for (Detection d : client.detections().search(open)) {
 *   client.detections().update(d.id(), DetectionUpdate.builder().assignee("ana").ticketId("SOC-7").build());
 *   client.detections().replaceNotes(d.id(), "Assigned to Ana");
 *   break;
 * }
 * }</pre>
 */
public final class Detections {
  private final HttpCore core;
  private final Crud<Detection> crud;
  private final DetectionFormats formats;
  private final TuningRules tuningRules;

  Detections(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/detections", Detection.class);
    this.formats = new DetectionFormats(core);
    this.tuningRules = new TuningRules(core);
  }

  /**
   * The detections matching {@code query}, fetched lazily: one {@code POST /detections/search} with
   * {@code {filter, from, until, mod_time, .., sort, limit, offset}} each time iteration needs the
   * next {@code query.pageSize()} detections. Nothing is sent until iteration starts. A page that
   * fails throws from {@code hasNext()}; calling it again asks for the same page.
   *
   * <p>Paging by offset sees a moving list: a detection that changes while the search runs may move
   * between pages. A poller that must see every change searches by {@code mod_time} from the time
   * of its last poll, sorted ascending by {@code mod_time}.
   */
  public PagedIterable<Detection> search(DetectionQuery query) {
    Checks.notNull(query, "query");
    return core.byOffset(
        query.offset(),
        query.pageSize(),
        (offset, limit) -> searchPage(query, offset, limit, false, Detection.class));
  }

  /**
   * The ids of the detections matching {@code query}, fetched lazily as {@link
   * #search(DetectionQuery)} does, with {@code "id_only": true}.
   */
  public PagedIterable<Long> searchIds(DetectionQuery query) {
    Checks.notNull(query, "query");
    return core.byOffset(
        query.offset(),
        query.pageSize(),
        (offset, limit) -> searchPage(query, offset, limit, true, Long.class));
  }

  private <T> List<T> searchPage(
      DetectionQuery query, long offset, int limit, boolean idOnly, Class<T> type) {
    return core.json(
        ApiRequest.post("/detections/search")
            .json(query.toBody(offset, limit, idOnly))
            .idempotent(true)
            .build(),
        Json.listOf(type));
  }

  /**
   * Detections, in no particular order: {@code GET /detections}. The service keeps this form for
   * older clients; {@link #search(DetectionQuery)} replaces it.
   */
  public List<Detection> list() {
    return crud.list();
  }

  /**
   * At most {@code limit} detections, picked at random by the appliance: {@code GET
   * /detections?limit=..}. Prefer {@link #search(DetectionQuery)}.
   */
  public List<Detection> list(int limit) {
    Checks.atLeast(limit, 1, "limit");
    return crud.list(Map.of("limit", limit));
  }

  /** One detection: {@code GET /detections/{id}}. */
  public Detection get(long id) {
    return crud.get(id);
  }

  /**
   * One detection with its activity log: {@code GET /detections/{id}?include_activity_log=true}.
   * The appliance then leaves the top-level participants and properties out.
   */
  public Detection getWithActivityLog(long id) {
    return core.json(
        ApiRequest.get("/detections/{}", Crud.id(id)).query("include_activity_log", true).build(),
        Detection.class);
  }

  /**
   * Changes the status, assignee, resolution, ticket or participants set in {@code update}, and
   * clears those cleared: {@code PATCH /detections/{id}}.
   */
  public void update(long id, DetectionUpdate update) {
    crud.update(id, update);
  }

  /**
   * The notes of a detection tracked in an external ticketing system: {@code GET
   * /detections/{id}/notes}.
   */
  public DetectionNote notes(long id) {
    return Crud.getAt(core, DetectionNote.class, "/detections/{}/notes", Crud.id(id));
  }

  /**
   * Creates or replaces the notes of a detection: {@code PUT /detections/{id}/notes} with {@code
   * {"note": ..}}. The notes before are overwritten, not kept.
   */
  public void replaceNotes(long id, String note) {
    Crud.id(id);
    Checks.notBlank(note, "note");
    core.send(ApiRequest.put("/detections/{}/notes", id).json(Map.of("note", note)).build());
  }

  /**
   * Deletes the notes of a detection: {@code DELETE /detections/{id}/notes}. They cannot be
   * restored.
   */
  public void deleteNotes(long id) {
    core.send(ApiRequest.delete("/detections/{}/notes", Crud.id(id)).build());
  }

  /**
   * The detections related to one, in a time window (both bounds required by the API): {@code GET
   * /detections/{id}/related?from=..&until=..}.
   */
  public List<Detection> related(long id, ExtraHopTime from, ExtraHopTime until) {
    Crud.id(id);
    Checks.notNull(from, "from");
    Checks.notNull(until, "until");
    return core.json(
        ApiRequest.get("/detections/{}/related", id)
            .query("from", from.queryValue())
            .query("until", until.queryValue())
            .build(),
        Json.listOf(Detection.class));
  }

  /** The investigations a detection is in: {@code GET /detections/{id}/investigations}. */
  public List<Investigation> investigations(long id) {
    return Crud.listAt(core, Investigation.class, "/detections/{}/investigations", Crud.id(id));
  }

  /**
   * Updates tickets of an external ticketing system and, through them, every detection each tracks:
   * {@code PATCH /detections/tickets} with a JSON array of the tickets (at least one).
   */
  public void updateTickets(List<DetectionTicketUpdate> tickets) {
    Checks.notNull(tickets, "tickets");
    if (tickets.isEmpty()) {
      throw new IllegalArgumentException("tickets must hold at least one ticket");
    }
    List<Map<String, Object>> body = new ArrayList<>(tickets.size());
    for (DetectionTicketUpdate ticket : tickets) {
      body.add(Checks.notNull(ticket, "tickets element").toMap());
    }
    core.send(ApiRequest.patch("/detections/tickets").json(body).idempotent(true).build());
  }

  /** Detection formats: the detection types, built in and custom. */
  public DetectionFormats formats() {
    return formats;
  }

  /** Tuning rules, which hide the detections they match. */
  public TuningRules tuningRules() {
    return tuningRules;
  }
}
