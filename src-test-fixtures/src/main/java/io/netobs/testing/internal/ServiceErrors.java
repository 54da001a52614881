package io.netobs.testing.internal;

import io.netobs.testing.FakeResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Error answers in each service's own style: Kentik V5 ({@code /api/v5}) writes {@code {"error":
 * "..."}}, Kentik's v6 gateway ({@code /<service>/v<YYYYMM>...}) {@code {"code": <gRPC code>,
 * "message": "...", "details": []}}, ExtraHop (everything else) {@code {"error_message": "..."}}.
 * Not part of the public API.
 */
public final class ServiceErrors {
  private ServiceErrors() {}

  /** Whether a path belongs to the Kentik API. */
  public static boolean isKentik(String path) {
    return path.equals("/api/v5") || path.startsWith("/api/v5/");
  }

  private static final Pattern KENTIK_V6 =
      Pattern.compile("^/[a-z_]+(?:/[a-z_]+)*/v\\d{6}(?:alpha|beta)?\\d*(?:/.*)?$");

  /**
   * Whether a path belongs to one of Kentik's v6 services: the service's name, then its calendar
   * version, e.g. {@code /synthetics/v202309/tests} or {@code /cloud_export/v202506/exports}.
   */
  public static boolean isKentikV6(String path) {
    return KENTIK_V6.matcher(path).matches();
  }

  /** A JSON error answer for a request to {@code path}. */
  public static FakeResponse response(String path, int status, String message) {
    if (isKentikV6(path)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("code", grpcCode(status));
      body.put("message", message);
      body.put("details", List.of());
      return FakeResponse.json(status, body);
    }
    return FakeResponse.json(status, Map.of(isKentik(path) ? "error" : "error_message", message));
  }

  /** The gRPC status code the v6 gateway reports with an HTTP status. */
  static int grpcCode(int status) {
    return switch (status) {
      case 400 -> 3; // INVALID_ARGUMENT
      case 401 -> 16; // UNAUTHENTICATED
      case 403 -> 7; // PERMISSION_DENIED
      case 404 -> 5; // NOT_FOUND
      case 409 -> 6; // ALREADY_EXISTS
      case 429 -> 8; // RESOURCE_EXHAUSTED
      case 501 -> 12; // UNIMPLEMENTED
      case 503 -> 14; // UNAVAILABLE
      case 504 -> 4; // DEADLINE_EXCEEDED
      default -> status >= 500 ? 13 : 2; // INTERNAL, UNKNOWN
    };
  }

  /** The usual reason phrase of a status. */
  public static String reason(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 408:
        return "Request Timeout";
      case 409:
        return "Conflict";
      case 413:
        return "Payload Too Large";
      case 422:
        return "Unprocessable Entity";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "HTTP " + status;
    }
  }

  /** The kind of page a reverse proxy (here, nginx) answers with. */
  public static String htmlPage(int status) {
    String title = status + " " + reason(status);
    return "<html>\r\n<head><title>"
        + title
        + "</title></head>\r\n<body>\r\n<center><h1>"
        + title
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
  }
}
