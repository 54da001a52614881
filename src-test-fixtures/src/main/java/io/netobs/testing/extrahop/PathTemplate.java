package io.netobs.testing.extrahop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A catalogue path such as {@code /alerts/{id}/devices/{childId}}, matched segment by segment. */
final class PathTemplate {
  /**
   * Literal segments win over placeholders, position by position, so that {@code
   * /supportpacks/execute} is tried before {@code /supportpacks/{filename}} and {@code
   * /devices/search} before {@code /devices/{id}}.
   */
  static final Comparator<PathTemplate> MOST_SPECIFIC_FIRST =
      (a, b) -> {
        int common = Math.min(a.segments.size(), b.segments.size());
        for (int i = 0; i < common; i++) {
          boolean aParameter = isParameter(a.segments.get(i));
          boolean bParameter = isParameter(b.segments.get(i));
          if (aParameter != bParameter) {
            return aParameter ? 1 : -1;
          }
        }
        return Integer.compare(a.segments.size(), b.segments.size());
      };

  private final String text;
  private final List<String> segments;

  PathTemplate(String text) {
    this.text = text;
    this.segments = split(text);
  }

  static List<String> split(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  /** A segment such as {@code ~{user_key}}: a literal prefix, then a placeholder. */
  static boolean isPrefixedParameter(String segment) {
    int open = segment.indexOf('{');
    return open > 0 && segment.endsWith("}") && segment.indexOf('}') == segment.length() - 1;
  }

  static String shapeOf(String path) {
    return path.replaceAll("\\{[^}]*}", "{}");
  }

  List<String> segments() {
    return segments;
  }

  /** The placeholder values by name, or null when the path does not fit. */
  Map<String, String> match(List<String> pathSegments) {
    if (pathSegments.size() != segments.size()) {
      return null;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String expected = segments.get(i);
      String actual = pathSegments.get(i);
      if (isParameter(expected)) {
        parameters.put(expected.substring(1, expected.length() - 1), actual);
      } else if (isPrefixedParameter(expected)) {
        // A literal prefix before a placeholder, as in ~{user_key}: the rest is the value.
        int open = expected.indexOf('{');
        String prefix = expected.substring(0, open);
        if (!actual.startsWith(prefix) || actual.length() == prefix.length()) {
          return null;
        }
        parameters.put(expected.substring(open + 1, expected.length() - 1), actual.substring(open));
      } else if (!expected.equals(actual)) {
        return null;
      }
    }
    return parameters;
  }

  @Override
  public String toString() {
    return text;
  }
}
