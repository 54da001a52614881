package io.netobs.testing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A path with placeholders: literal segments, {@code {name}} or {@code *} for exactly one segment,
 * and a final {@code **} for any number of further segments (a prefix match).
 *
 * <p>Not part of the public API.
 */
public final class PathPattern {
  private final String source;
  private final List<String> segments;
  private final boolean prefix;

  private PathPattern(String source, List<String> segments, boolean prefix) {
    this.source = source;
    this.segments = segments;
    this.prefix = prefix;
  }

  /** Compiles a pattern such as {@code /tags/{id}/devices/{childId}} or {@code /api/v1/**}. */
  public static PathPattern compile(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    List<String> parts = split(stripQuery(pattern));
    boolean prefix = !parts.isEmpty() && parts.get(parts.size() - 1).equals("**");
    if (prefix) {
      parts = parts.subList(0, parts.size() - 1);
    }
    if (parts.contains("**")) {
      throw new IllegalArgumentException("** may only end a path pattern: " + pattern);
    }
    return new PathPattern(pattern, List.copyOf(parts), prefix);
  }

  /** Whether a concrete path (query ignored) matches. */
  public boolean matches(String path) {
    return extract(segments(path)) != null;
  }

  /** Whether a path already cut by {@link #segments(String)} matches. */
  public boolean matches(List<String> pathSegments) {
    return extract(pathSegments) != null;
  }

  /** The placeholder values of a matching path, by name, or null when the path does not match. */
  public Map<String, String> extract(String path) {
    return extract(segments(path));
  }

  /** {@link #extract(String)} for a path already cut by {@link #segments(String)}. */
  public Map<String, String> extract(List<String> actual) {
    if (prefix ? actual.size() < segments.size() : actual.size() != segments.size()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String expected = segments.get(i);
      String segment = actual.get(i);
      if (isParameter(expected)) {
        if (segment.isEmpty()) {
          return null;
        }
        if (!expected.equals("*")) {
          values.put(expected.substring(1, expected.length() - 1), segment);
        }
      } else if (isPrefixedParameter(expected)) {
        // A literal prefix before a placeholder, as in ~{user_key}: the rest is the value.
        int open = expected.indexOf('{');
        if (!segment.startsWith(expected.substring(0, open)) || segment.length() == open) {
          return null;
        }
        values.put(expected.substring(open + 1, expected.length() - 1), segment.substring(open));
      } else if (!expected.equals(segment)) {
        return null;
      }
    }
    return Collections.unmodifiableMap(values);
  }

  /**
   * The segments of a path, without its query: {@code /a/b?x} gives {@code [a, b]}. Cut once, match
   * many.
   */
  public static List<String> segments(String path) {
    return split(stripQuery(path));
  }

  /**
   * Orders two patterns that both match one path: negative when {@code a} is the more specific,
   * i.e. at the first segment where they differ in kind, {@code a} has a literal and {@code b} a
   * placeholder. So {@code /activitymaps/query} wins over {@code /activitymaps/{id}}.
   */
  public static int bySpecificity(PathPattern a, PathPattern b) {
    int shared = Math.min(a.segments.size(), b.segments.size());
    for (int i = 0; i < shared; i++) {
      boolean aLiteral = !isParameter(a.segments.get(i));
      boolean bLiteral = !isParameter(b.segments.get(i));
      if (aLiteral != bLiteral) {
        return aLiteral ? -1 : 1;
      }
    }
    if (a.prefix != b.prefix) {
      return a.prefix ? 1 : -1;
    }
    return Integer.compare(b.segments.size(), a.segments.size());
  }

  /** The pattern as written. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }

  private static boolean isPrefixedParameter(String segment) {
    int open = segment.indexOf('{');
    return open > 0 && segment.endsWith("}") && segment.indexOf('}') == segment.length() - 1;
  }

  private static boolean isParameter(String segment) {
    return segment.equals("*")
        || (segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}"));
  }

  private static String stripQuery(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private static List<String> split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    List<String> parts = new ArrayList<>();
    if (trimmed.isEmpty()) {
      return parts;
    }
    int start = 0;
    for (int slash = trimmed.indexOf('/'); slash >= 0; slash = trimmed.indexOf('/', start)) {
      parts.add(trimmed.substring(start, slash));
      start = slash + 1;
    }
    parts.add(trimmed.substring(start));
    return parts;
  }
}
