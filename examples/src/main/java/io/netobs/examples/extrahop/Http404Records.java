package io.netobs.examples.extrahop;

import io.netobs.examples.Example;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Runner;
import io.netobs.examples.Table;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.model.RecordOperator;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.extrahop.request.RecordFilter;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.http.Page;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Searches the record log for HTTP GET requests answered 404 in the last 15 minutes, following the
 * search's cursor from page to page, and prints the most requested missing URIs and the newest
 * records.
 */
public final class Http404Records {
  /** Records per page; the appliance hands out a cursor for the next page. */
  static final int PAGE_SIZE = 100;

  private static final int SHOWN = 5;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.extraHop(
          "HTTP GETs answered 404 in the last 15 minutes",
          Http404Records.class,
          Http404Records::run);

  private Http404Records() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args, "java -cp netobs-examples.jar " + Http404Records.class.getName(), List.of(EXAMPLE));
  }

  /** Searches, pages through every cursor, and prints what it found. */
  public static void run(ExtraHopClient client, Printer out, Options options) {
    RecordQuery query =
        RecordQuery.builder()
            .from(ExtraHopTime.ago(Duration.ofMinutes(15)))
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
                            .operand(404)
                            .build())
                    .build())
            .limit(PAGE_SIZE)
            .build();

    List<StoredRecord> newest = new ArrayList<>();
    Map<String, Integer> countByUri = new TreeMap<>();
    int pages = 0;
    long records = 0;
    for (Page<StoredRecord> page : client.records().search(query).pages()) {
      pages++;
      for (StoredRecord record : page.items()) {
        records++;
        countByUri.merge(record.string("uri").orElse("?"), 1, Integer::sum);
        if (newest.size() < SHOWN) {
          newest.add(record);
        }
      }
    }
    out.line(
        "%s in %s (one search, then one cursor per further page)",
        Printer.count(records, "record", "records"), Printer.count(pages, "page", "pages"));
    if (records == 0) {
      return;
    }

    Table byUri = out.table("URI", "404s");
    countByUri.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(entry -> byUri.row(entry.getKey(), entry.getValue()));
    byUri.print();

    out.line("The %d newest:", newest.size());
    Table table = out.table("time (UTC)", "client", "server", "host", "URI");
    for (StoredRecord record : newest) {
      table.row(
          record.timestamp().map(TIME::format).orElse("-"),
          record.clientAddr().orElse("-"),
          record.serverAddr().orElse("-"),
          record.string("host").orElse("-"),
          record.string("uri").orElse("-"));
    }
    table.print();
  }
}
