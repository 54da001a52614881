package io.netobs.examples;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * What the example programs print, formatted for a person: lines indented under the program's
 * heading, aligned {@link Table tables}, and {@link Progress progress lines} that update in place
 * on a terminal and become plain lines when the output goes to a file or a pipe.
 */
public final class Printer {
  private static final String INDENT = "  ";

  private final PrintStream out;
  private final PrintStream errors;
  private final boolean terminal;

  /** Width of the progress line now shown in place, or -1 when none is open. */
  private int openProgressWidth = -1;

  private boolean dryRun;
  private boolean skipped;

  private Printer(PrintStream out, PrintStream errors, boolean terminal) {
    this.out = out;
    this.errors = errors;
    this.terminal = terminal;
  }

  /**
   * Prints to standard output (command-line errors to standard error), updating progress in place
   * only when standard output is an interactive terminal.
   */
  public static Printer toStandardOutput() {
    return new Printer(System.out, System.err, isInteractiveTerminal());
  }

  /** Prints everything to {@code out} as plain lines, as for a file or a pipe. */
  public static Printer plain(PrintStream out) {
    return new Printer(out, out, false);
  }

  /**
   * Prints everything to {@code out} as to a terminal: progress lines are rewritten in place with
   * {@code \r}.
   */
  public static Printer terminal(PrintStream out) {
    return new Printer(out, out, true);
  }

  /**
   * Whether standard output is a terminal: {@code System.console()} is null when it is not, except
   * on Java 22 to 24, whose default console exists for a pipe too; there {@code
   * Console.isTerminal()} (Java 22 and later) tells.
   */
  static boolean isInteractiveTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** Whether progress lines are updated in place. */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * One line of a program's output, formatted as by {@link String#format} (numbers as in {@code
   * 1,234}).
   */
  public void line(String format, Object... args) {
    print(INDENT + format(format, args));
  }

  /**
   * Says what a program would have changed on a real service and that {@code --apply} does it; the
   * program then stops. Marks the run as a dry run in the summary.
   */
  public void wouldDo(String format, Object... args) {
    dryRun = true;
    print(INDENT + "Would " + format(format, args) + ".");
    print(INDENT + "Nothing was changed: pass --apply to do it.");
  }

  /**
   * Says why a program cannot do its work with what it was given (e.g. a required option against a
   * real service); the program then stops. Marks the run as skipped in the summary, which is not a
   * failure.
   */
  public void skip(String format, Object... args) {
    skipped = true;
    print(INDENT + format(format, args));
  }

  /** A table whose columns are aligned when it is {@link Table#print() printed}. */
  public Table table(String... headings) {
    return new Table(this, headings);
  }

  /** A progress line, updated in place on a terminal; end it with {@link Progress#done}. */
  public Progress progress() {
    return new Progress(this);
  }

  /** A line without the program indentation: the tour's own headings and summary. */
  void heading(String format, Object... args) {
    print(format(format, args));
  }

  /** An empty line. */
  void blank() {
    print("");
  }

  /** Forgets whether the program before was a dry run. */
  void startProgram() {
    dryRun = false;
    skipped = false;
  }

  /** Whether the current program said it could not do its work with what it was given. */
  boolean wasSkipped() {
    return skipped;
  }

  /** Whether the current program only said what it would do. */
  boolean wasDryRun() {
    return dryRun;
  }

  /** A command-line error, on standard error. */
  void error(String text) {
    closeProgress();
    errors.print(text);
    errors.flush();
  }

  /** A stack trace, for exceptions nobody expected. */
  void stackTrace(Throwable e) {
    closeProgress();
    e.printStackTrace(out);
    out.flush();
  }

  void print(String line) {
    closeProgress();
    out.println(line);
    out.flush();
  }

  /** Rewrites the in-place line (terminal only). */
  void drawInPlace(String line) {
    String text = INDENT + line;
    int pad = Math.max(0, openProgressWidth - text.length());
    out.print("\r" + text + " ".repeat(pad));
    out.flush();
    openProgressWidth = text.length();
  }

  /** Ends the in-place line, so that the next output starts on a line of its own. */
  void closeProgress() {
    if (openProgressWidth >= 0) {
      out.println();
      openProgressWidth = -1;
    }
  }

  /**
   * {@code 1 page}, {@code 3 pages}, {@code 1,200 pages}: a count and a noun that agrees with it.
   */
  public static String count(long count, String singular, String plural) {
    return format("%,d %s", count, count == 1 ? singular : plural);
  }

  /** {@link String#format} in the root locale, so that numbers read {@code 1,234.5} everywhere. */
  public static String format(String format, Object... args) {
    return args.length == 0 ? format : String.format(Locale.ROOT, format, args);
  }
}
