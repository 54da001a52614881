package io.netobs.examples.kentik;

import io.netobs.examples.Example;
import io.netobs.examples.ExampleFailedException;
import io.netobs.examples.Options;
import io.netobs.examples.Printer;
import io.netobs.examples.Progress;
import io.netobs.examples.Runner;
import io.netobs.http.WaitTimeoutException;
import io.netobs.kentik.BatchOperation;
import io.netobs.kentik.BatchProgress;
import io.netobs.kentik.KentikClient;
import io.netobs.kentik.model.BatchStatus;
import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes the populators of a custom dimension exactly the rows of a CSV file of {@code
 * address,value} lines, with the Batch API and {@code replace_all}: the SDK cuts the rows into
 * parts of at most 3 MB while it reads the file, and the server deletes the populators the file
 * does not name once the last part arrives. Prints progress while the parts are sent and while the
 * server applies them, then the server's counters.
 */
public final class SyncPopulators {
  /** This program, as the tour runs it. */
  public static final Example EXAMPLE =
      Example.kentik(
          "Sync a custom dimension's populators from a CSV file",
          SyncPopulators.class,
          SyncPopulators::run);

  private SyncPopulators() {}

  /** Runs this program on its own, against the real service or a fake (README.md, "Examples"). */
  public static void main(String[] args) {
    Runner.main(
        args, "java -cp netobs-examples.jar " + SyncPopulators.class.getName(), List.of(EXAMPLE));
  }

  /** Syncs {@code --dimension} from {@code --csv}. */
  public static void run(KentikClient kentik, Printer out, Options options) throws IOException {
    List<CustomDimension> dimensions = kentik.customDimensions().list();
    if (options.dimension().isEmpty() || options.csv().isEmpty()) {
      out.line(
          "Custom dimensions: %s",
          dimensions.stream().map(CustomDimension::name).collect(Collectors.joining(", ")));
      out.skip(
          "Pass --dimension NAME and --csv FILE (lines of address,value) to sync one of them.");
      return;
    }
    String name = options.dimension().get();
    Path csv = options.csv().get();
    CustomDimension dimension =
        dimensions.stream()
            .filter(d -> d.name().equals(name))
            .findFirst()
            .orElseThrow(
                () -> new ExampleFailedException("there is no custom dimension named " + name));
    long rows;
    try (Stream<String> lines = Files.lines(csv)) {
      rows = lines.filter(SyncPopulators::isRow).count();
    }
    out.line(
        "Dimension %s (\"%s\") has %,d populators; %s has %,d rows",
        dimension.name(),
        dimension.displayName(),
        dimension.populators().size(),
        csv.getFileName(),
        rows);
    if (!options.changesAllowed()) {
      out.wouldDo(
          "replace the %,d populators of %s with the %,d rows of %s",
          dimension.populators().size(), name, rows, csv);
      return;
    }

    Progress progress = out.progress();
    BatchStatus status;
    try (Stream<String> lines = Files.lines(csv)) {
      BatchOperation operation =
          kentik
              .batch()
              .populators(dimension)
              .replaceAll(
                  true) // populators the file does not name are deleted once the last part arrives
              .upserts(lines.filter(SyncPopulators::isRow).map(SyncPopulators::populator))
              .listener(step -> progress.update("%s", describe(step)))
              .send();
      try {
        status = operation.awaitCompletion(Duration.ofMinutes(15));
      } catch (WaitTimeoutException e) {
        progress.done(
            "Not complete after 15 minutes; follow it with kentik.batch().operation(\"%s\")",
            operation.guid());
        throw new ExampleFailedException(
            "batch " + operation.guid() + " was still being applied after 15 minutes");
      }
    }
    progress.done("Batch %s complete: %d parts", status.guid(), status.numberOfParts());

    BatchStatus.Upserts upserts = status.upserts();
    BatchStatus.Deletes deletes = status.deletes();
    out.table("", "total", "applied", "unchanged", "invalid", "over limit")
        .row(
            "upserts",
            upserts.total(),
            upserts.applied(),
            upserts.unchanged(),
            upserts.invalid(),
            upserts.overLimit())
        .row(
            "deletes",
            deletes.total(),
            deletes.applied(),
            deletes.unchanged(),
            deletes.invalid(),
            null)
        .print();
    out.line(
        "replace_all deleted %,d populators the file does not name",
        status.replaceAll().deletesPerformed());
    long counted =
        upserts.applied() + upserts.unchanged() + upserts.invalid() + upserts.overLimit();
    out.line(
        counted == upserts.total() && upserts.total() == rows
            ? "The counters add up: %,d rows sent, %,d upserts counted"
            : "The counters do not add up: %,d rows sent, %,d upserts counted",
        rows,
        counted);
  }

  /** A line with data: not blank, not a comment, not the header. */
  private static boolean isRow(String line) {
    String text = line.strip();
    return !text.isEmpty()
        && !text.startsWith("#")
        && !text.toLowerCase(Locale.ROOT).startsWith("address,");
  }

  /** {@code 10.1.2.0/24,eu-west}: traffic from or to that address gets the value. */
  private static BatchUpsert populator(String line) {
    String[] fields = line.split(",", 2);
    if (fields.length < 2) {
      throw new IllegalArgumentException("a CSV line must be address,value; was '" + line + "'");
    }
    return BatchUpsert.builder()
        .value(fields[1].strip())
        .criteria(Criterion.builder().direction(Direction.EITHER).addr(fields[0].strip()).build())
        .build();
  }

  private static String describe(BatchProgress step) {
    if (step.status() == null) {
      return Printer.format(
          "Sent part %d: %,d populators, %.1f MB so far",
          step.partsSent(), step.criteriaSent(), step.bytesSent() / 1e6);
    }
    BatchStatus status = step.status();
    return Printer.format(
        "Server has %d parts, %s: %,d upserts counted so far",
        status.numberOfParts(),
        status.isComplete() ? "done" : "still applying",
        status.upserts().total());
  }
}
