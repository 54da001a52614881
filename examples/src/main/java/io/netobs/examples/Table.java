package io.netobs.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows printed with aligned columns under underlined headings. A column whose values are all
 * numbers is right-aligned; numbers are printed with thousands separators, and decimals with one
 * digit.
 *
 * <pre>
 *   time (UTC)  requests  errors
 *   ----------  --------  ------
 *   12:30          1,204      12
 * </pre>
 */
public final class Table {
  private final Printer printer;
  private final String[] headings;
  private final List<Object[]> rows = new ArrayList<>();

  Table(Printer printer, String... headings) {
    this.printer = printer;
    this.headings = headings.clone();
  }

  /** Adds a row: one value per heading (null prints as {@code -}). */
  public Table row(Object... values) {
    if (values.length != headings.length) {
      throw new IllegalArgumentException(
          "a row needs " + headings.length + " values, had " + values.length);
    }
    rows.add(values.clone());
    return this;
  }

  /** Prints the table. */
  public void print() {
    int columns = headings.length;
    int[] widths = new int[columns];
    boolean[] numeric = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = headings[c].length();
      numeric[c] = !rows.isEmpty();
      for (Object[] row : rows) {
        widths[c] = Math.max(widths[c], text(row[c]).length());
        numeric[c] &= row[c] == null || row[c] instanceof Number;
      }
    }
    printer.line("%s", format(headings, widths, numeric));
    String[] rules = new String[columns];
    for (int c = 0; c < columns; c++) {
      rules[c] = "-".repeat(widths[c]);
    }
    printer.line("%s", format(rules, widths, numeric));
    for (Object[] row : rows) {
      String[] cells = new String[columns];
      for (int c = 0; c < columns; c++) {
        cells[c] = text(row[c]);
      }
      printer.line("%s", format(cells, widths, numeric));
    }
  }

  private static String format(String[] cells, int[] widths, boolean[] numeric) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      String pad = " ".repeat(widths[c] - cells[c].length());
      line.append(numeric[c] ? pad + cells[c] : cells[c] + (c == cells.length - 1 ? "" : pad));
    }
    return line.toString();
  }

  private static String text(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isNaN(d) ? "-" : Printer.format("%,.1f", d);
    }
    if (value instanceof Number) {
      return Printer.format("%,d", ((Number) value).longValue());
    }
    return value.toString();
  }
}
