package io.netobs.extrahop;

import com.fasterxml.jackson.databind.JavaType;
import io.netobs.extrahop.model.DetectionLogEntry;
import io.netobs.extrahop.model.EqlFieldValues;
import io.netobs.extrahop.model.EqlPage;
import io.netobs.extrahop.model.EqlResource;
import io.netobs.extrahop.model.EqlSchema;
import io.netobs.extrahop.model.NetworkUser;
import io.netobs.extrahop.request.EqlQuery;
import io.netobs.http.PagedIterable;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Searches in the ExtraHop Query Language ({@code /search/eql}, firmware 26.3): the detection log
 * and the network users, and the schema that says which fields and operators a query may use.
 *
 * <pre>{@code
 * EqlQuery query = EqlQuery.builder().eql("victimAddr = '10.10.10.10'").pageSize(1000).build();
 * for (DetectionLogEntry entry : client.eql().detectionLogs(query)) {   // pages fetched lazily
 *   System.out.println(entry.startTime() + " " + entry.type().orElse("?"));
 * }
 * }</pre>
 *
 * <p>Results page by offset: each page is {@code POST /search/eql/{resource}} with {@code {"eql",
 * "limit", "offset"}}, answered by {@code {"total", "results"}}; a page shorter than the page size
 * is the last. Immutable and thread-safe.
 */
public final class Eql {
  private final HttpCore core;

  Eql(HttpCore core) {
    this.core = Objects.requireNonNull(core, "core");
  }

  /**
   * Every detection log entry matching {@code query}, page after page ({@code POST
   * /search/eql/detectionlogs}). Nothing is sent until iteration starts.
   */
  public PagedIterable<DetectionLogEntry> detectionLogs(EqlQuery query) {
    return search(EqlResource.DETECTION_LOGS, query, DetectionLogEntry.class);
  }

  /** One page of a detection log search, with the total count of matches. */
  public EqlPage<DetectionLogEntry> detectionLogsPage(EqlQuery query) {
    Checks.notNull(query, "query");
    return page(EqlResource.DETECTION_LOGS, query, query.offset(), DetectionLogEntry.class);
  }

  /**
   * Every network user matching {@code query}, page after page ({@code POST
   * /search/eql/networkusers}). Nothing is sent until iteration starts.
   */
  public PagedIterable<NetworkUser> networkUsers(EqlQuery query) {
    return search(EqlResource.NETWORK_USERS, query, NetworkUser.class);
  }

  /** One page of a network user search, with the total count of matches. */
  public EqlPage<NetworkUser> networkUsersPage(EqlQuery query) {
    Checks.notNull(query, "query");
    return page(EqlResource.NETWORK_USERS, query, query.offset(), NetworkUser.class);
  }

  /**
   * The fields a query of {@code resource} may name, with their types and operators ({@code GET
   * /search/eql/{resource}/schema}).
   */
  public EqlSchema schema(EqlResource resource) {
    Checks.notNull(resource, "resource");
    return core.json(
        ApiRequest.get("/search/eql/{}/schema", resource.value()).build(), EqlSchema.class);
  }

  /**
   * The values the given fields of {@code resource} are expected to take ({@code GET
   * /search/eql/{resource}/schema/fieldvalues?fields=a,b}).
   *
   * @param fields one or more field names of the resource's schema
   */
  public EqlFieldValues fieldValues(EqlResource resource, String... fields) {
    Checks.notNull(resource, "resource");
    Checks.notNull(fields, "fields");
    if (fields.length == 0) {
      throw new IllegalArgumentException("fields must name at least one field");
    }
    List<String> names = new ArrayList<>();
    for (String field : Arrays.asList(fields)) {
      names.add(Checks.notBlank(field, "fields element").strip());
    }
    return core.json(
        ApiRequest.get("/search/eql/{}/schema/fieldvalues", resource.value())
            .query("fields", String.join(",", names))
            .build(),
        EqlFieldValues.class);
  }

  private <T> PagedIterable<T> search(EqlResource resource, EqlQuery query, Class<T> type) {
    Checks.notNull(query, "query");
    return core.byOffset(
        query.offset(),
        query.pageSize(),
        (offset, limit) -> page(resource, query, offset, type).results());
  }

  private <T> EqlPage<T> page(EqlResource resource, EqlQuery query, long offset, Class<T> type) {
    JavaType pageType = Json.mapper().getTypeFactory().constructParametricType(EqlPage.class, type);
    return core.json(
        ApiRequest.post("/search/eql/{}", resource.value())
            .json(query.toBody(offset, query.pageSize()))
            // A search reads and changes nothing, so it may be sent again.
            .idempotent(true)
            .build(),
        pageType);
  }

  @Override
  public String toString() {
    return "Eql";
  }
}
