package io.netobs.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with an error status. Subclasses name the kind of failure; this class itself
 * stands for a status that has no subclass of its own.
 *
 * <p>The message reads {@code METHOD PATH: STATUS REASON: server message}, for example {@code GET
 * /api/v1/devices/7: 404 Not Found: Device not found}. It never contains a credential.
 */
public class ApiException extends NetobsException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method of the failed request. */
  private final String method;

  /** The path of the failed request, without its query. */
  private final String path;

  /** The HTTP status the server answered. */
  private final int status;

  /** The server's own explanation; empty when it gave none. */
  private final String serverMessage;

  private final transient Map<String, List<String>> headers;

  /**
   * An exception for an error status that has no subclass of its own; the SDK makes the subclass
   * that matches the status where there is one. Public so that tests can make one.
   *
   * @param method the HTTP method of the request
   * @param path the path of the request, without its query
   * @param status the HTTP status answered
   * @param serverMessage the server's own explanation, or null for none
   * @param headers the answer's headers (names in lower case), or null for none
   * @throws NullPointerException if method or path is null
   */
  public ApiException(
      String method,
      String path,
      int status,
      @Nullable String serverMessage,
      @Nullable Map<String, List<String>> headers) {
    super(describe(method, path, status, serverMessage), null);
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.status = status;
    this.serverMessage = serverMessage == null ? "" : serverMessage;
    this.headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  static String describe(String method, String path, int status, String serverMessage) {
    StringBuilder text =
        new StringBuilder().append(method).append(' ').append(path).append(": ").append(status);
    String reason = HttpStatus.reasonPhrase(status);
    if (!reason.isEmpty()) {
      text.append(' ').append(reason);
    }
    if (serverMessage != null && !serverMessage.isBlank()) {
      text.append(": ").append(serverMessage);
    }
    return text.toString();
  }

  /** The HTTP method of the failed request. */
  public String method() {
    return method;
  }

  /** The path of the failed request, without its query. */
  public String path() {
    return path;
  }

  /** The HTTP status the server answered. */
  public int status() {
    return status;
  }

  /**
   * The server's own explanation: ExtraHop's {@code error_message}, Kentik's {@code error}, or a
   * short excerpt of the body when it was HTML, text or empty.
   */
  public String serverMessage() {
    return serverMessage;
  }

  /** The response headers (names in lower case; cookies removed). */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a response header, matched without regard to case. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
