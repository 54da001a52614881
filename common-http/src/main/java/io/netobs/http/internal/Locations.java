package io.netobs.http.internal;

import io.netobs.http.DecodingException;
import java.net.URI;

/** Reads the id of a created object from the {@code Location} header of a 201 answer. */
public final class Locations {
  private Locations() {}

  /**
   * The last path segment of a Location header ({@code /api/v1/tags/151} gives {@code "151"}),
   * whether the header is a path or an absolute URL, with or without a trailing slash or a query.
   *
   * @throws DecodingException when the header is missing or has no path segment
   */
  public static String lastSegment(String location, String method, String path, int status) {
    if (location == null || location.isBlank()) {
      throw new DecodingException(
          method,
          path,
          status,
          "the answer has no Location header to read the new id from",
          "",
          null);
    }
    String rawPath;
    try {
      rawPath = URI.create(location.strip()).getPath();
    } catch (IllegalArgumentException e) {
      rawPath = location.strip();
      int q = rawPath.indexOf('?');
      if (q >= 0) {
        rawPath = rawPath.substring(0, q);
      }
    }
    if (rawPath == null) {
      rawPath = "";
    }
    while (rawPath.endsWith("/")) {
      rawPath = rawPath.substring(0, rawPath.length() - 1);
    }
    int slash = rawPath.lastIndexOf('/');
    String last = rawPath.substring(slash + 1);
    if (last.isEmpty()) {
      throw new DecodingException(
          method, path, status, "the Location header '" + location + "' has no id", "", null);
    }
    return last;
  }

  /** The numeric id at the end of a Location header. */
  public static long id(String location, String method, String path, int status) {
    String last = lastSegment(location, method, path, status);
    try {
      return Long.parseLong(last);
    } catch (NumberFormatException e) {
      throw new DecodingException(
          method,
          path,
          status,
          "the Location header '" + location + "' does not end in a numeric id",
          "",
          e);
    }
  }
}
