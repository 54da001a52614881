package io.netobs.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a test printer received. */
final class Output {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  Printer plain() {
    return Printer.plain(stream);
  }

  Printer terminal() {
    return Printer.terminal(stream);
  }

  String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  List<String> lines() {
    return text().lines().toList();
  }

  /** The groups of the first line matching {@code regex} (anywhere in the line). */
  String[] find(String regex) {
    Pattern pattern = Pattern.compile(regex);
    for (String line : lines()) {
      Matcher matcher = pattern.matcher(line);
      if (matcher.find()) {
        String[] groups = new String[matcher.groupCount() + 1];
        for (int i = 0; i <= matcher.groupCount(); i++) {
          groups[i] = matcher.group(i);
        }
        return groups;
      }
    }
    throw new AssertionError("no line matches /" + regex + "/ in:\n" + text());
  }

  /** A number as printed, e.g. {@code 150,000}. */
  static long number(String printed) {
    return Long.parseLong(printed.replace(",", ""));
  }
}
