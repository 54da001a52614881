package io.netobs.testing.internal;

import io.netobs.testing.FakeResponse;
import java.util.Map;

/**
 * Error answers in each service's own style: Kentik ({@code /api/v5}) writes {@code {"error":
 * "..."}}, ExtraHop (everything else) {@code {"error_message": "..."}}. Not part of the public API.
 */
public final class ServiceErrors {
  private ServiceErrors() {}

  /** Whether a path belongs to the Kentik API. */
  public static boolean isKentik(String path) {
    return path.equals("/api/v5") || path.startsWith("/api/v5/");
  }

  /** A JSON error answer for a request to {@code path}. */
  public static FakeResponse response(String path, int status, String message) {
    return FakeResponse.json(status, Map.of(isKentik(path) ? "error" : "error_message", message));
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
