package io.netobs.http;

import org.jspecify.annotations.Nullable;

/**
 * The call failed below HTTP: the connection could not be made, broke, or the TLS handshake failed.
 * Whether the server received the request is unknown unless {@link #requestSent()} is false.
 */
public class TransportException extends NetobsException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method of the failed request. */
  private final String method;

  /** The path of the failed request, without its query. */
  private final String path;

  /** Whether any byte of the request may have been written. */
  private final boolean requestSent;

  /**
   * The exception for a call that failed below HTTP, as the SDK makes it; public so that tests can
   * make one.
   *
   * @param method the HTTP method of the request
   * @param path the path of the request, without its query
   * @param requestSent false when no byte of the request was written
   * @param detail what failed, in words; the message is {@code METHOD PATH: detail}
   * @param cause the underlying I/O or TLS failure, or null
   */
  public TransportException(
      String method, String path, boolean requestSent, String detail, @Nullable Throwable cause) {
    super(method + " " + path + ": " + detail, cause);
    this.method = method;
    this.path = path;
    this.requestSent = requestSent;
  }

  /**
   * The HTTP method of the failed request.
   *
   * @return the method, such as {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The path of the failed request, without its query.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * False when the failure came before any byte of the request was written: the server cannot have
   * acted on it.
   */
  public boolean requestSent() {
    return requestSent;
  }
}
