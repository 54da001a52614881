package io.netobs.examples;

import io.netobs.http.NetobsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs example programs one after the other and reports each: its output, then "ok", "dry run" or
 * "FAILED" with one line of reason. Expected failures (the SDK's typed exceptions, a file that
 * cannot be read, a value the SDK refuses) are one line; anything else also prints its stack trace.
 */
public final class Runner {
  /** Exit status when every program succeeded. */
  public static final int OK = 0;

  /** Exit status when some program failed. */
  public static final int FAILED = 1;

  /** Exit status for a command line that cannot be used. */
  public static final int USAGE = 2;

  private enum Outcome {
    OK("ok"),
    DRY_RUN("dry run, nothing changed"),
    SKIPPED("skipped"),
    FAILED("FAILED");

    final String text;

    Outcome(String text) {
      this.text = text;
    }
  }

  private record Result(Example example, Outcome outcome, double seconds) {}

  private Runner() {}

  /**
   * The {@code main} of the tour and of each program: reads the options, connects to the services
   * (real or fake), runs the examples and exits with {@link #OK}, {@link #FAILED} or {@link
   * #USAGE}.
   */
  public static void main(String[] args, String command, List<Example> examples) {
    System.exit(run(args, command, examples, Printer.toStandardOutput()));
  }

  /** As {@link #main}, returning the exit status instead of exiting. */
  public static int run(String[] args, String command, List<Example> examples, Printer out) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      out.error("error: " + e.getMessage() + System.lineSeparator() + Options.usage(command));
      return USAGE;
    }
    if (options.help()) {
      out.heading("%s", Options.usage(command).stripTrailing());
      return OK;
    }
    Set<Service> needed = EnumSet.noneOf(Service.class);
    examples.forEach(example -> needed.addAll(example.services()));
    try (Services services = Services.connect(needed)) {
      return run(examples, options, services, out);
    }
  }

  /**
   * Runs {@code examples} against {@code services}; returns {@link #OK} only when none failed (a
   * dry run or a program skipped for want of an option is not a failure).
   */
  public static int run(List<Example> examples, Options options, Services services, Printer out) {
    Set<Service> needed = EnumSet.noneOf(Service.class);
    examples.forEach(example -> needed.addAll(example.services()));
    if (examples.size() > 1) {
      out.heading("netobs-java examples: %d programs", examples.size());
      out.blank();
    }
    services.describe(needed, options, out);
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      out.blank();
      String number = examples.size() > 1 ? "[" + (i + 1) + "/" + examples.size() + "] " : "";
      out.heading(
          "%s%s: %s  (%s)",
          number, example.serviceNames(), example.title(), example.programClass().getName());
      long start = System.nanoTime();
      Outcome outcome = runOne(example, options, services, out);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.line("-> %s (%.1f s)", outcome.text, seconds);
      results.add(new Result(example, outcome, seconds));
    }
    long failed = results.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
    if (examples.size() > 1) {
      out.blank();
      out.heading("Summary");
      Table summary = out.table("#", "program", "service", "result", "seconds");
      for (int i = 0; i < results.size(); i++) {
        Result r = results.get(i);
        summary.row(
            Integer.toString(i + 1),
            r.example().programClass().getSimpleName(),
            r.example().serviceNames(),
            r.outcome().text,
            r.seconds());
      }
      summary.print();
      out.blank();
      out.heading(
          failed == 0
              ? "All " + results.size() + " programs succeeded."
              : failed + " of " + results.size() + " programs failed.");
    }
    return failed == 0 ? OK : FAILED;
  }

  private static Outcome runOne(Example example, Options options, Services services, Printer out) {
    out.startProgram();
    try {
      example.run(services, out, options);
      return out.wasSkipped() ? Outcome.SKIPPED : out.wasDryRun() ? Outcome.DRY_RUN : Outcome.OK;
    } catch (NetobsException | IllegalArgumentException e) {
      // The SDK's typed exceptions, and its refusals of a value, say all in their message.
      out.line("%s: %s", e.getClass().getSimpleName(), e.getMessage());
    } catch (ExampleFailedException e) {
      out.line("%s", e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      out.line("%s: %s", e.getClass().getSimpleName(), e.getMessage());
    } catch (Exception e) {
      out.stackTrace(e);
    }
    return Outcome.FAILED;
  }
}
