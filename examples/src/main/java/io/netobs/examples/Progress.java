package io.netobs.examples;

/**
 * One progress line. On a terminal it is rewritten in place ({@code \r}); when the output is a file
 * or a pipe, steps become plain lines and fast-moving counts are thinned out so that a log stays
 * readable.
 */
public final class Progress {
  private static final long TERMINAL_REDRAW_NANOS = 100_000_000L;
  private static final long PLAIN_LINE_NANOS = 5_000_000_000L;

  private final Printer printer;
  private long lastShownNanos;
  private boolean ticked;

  Progress(Printer printer) {
    this.printer = printer;
  }

  /** A step worth seeing, such as "part 2 accepted": shown at once. */
  public void update(String format, Object... args) {
    show(Printer.format(format, args));
  }

  /**
   * A count that moves fast, such as bytes downloaded: redrawn at most ten times a second on a
   * terminal; otherwise the first one is printed, then at most one line every five seconds.
   */
  public void tick(String format, Object... args) {
    long now = System.nanoTime();
    long interval = printer.isTerminal() ? TERMINAL_REDRAW_NANOS : PLAIN_LINE_NANOS;
    if (ticked && now - lastShownNanos < interval) {
      return;
    }
    ticked = true;
    show(Printer.format(format, args));
  }

  /** The final state: always shown, and the line is ended. */
  public void done(String format, Object... args) {
    show(Printer.format(format, args));
    printer.closeProgress();
  }

  private void show(String text) {
    if (printer.isTerminal()) {
      printer.drawInPlace(text);
    } else {
      printer.line("%s", text);
    }
    lastShownNanos = System.nanoTime();
  }
}
