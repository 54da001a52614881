package io.netobs.http;

import org.jspecify.annotations.Nullable;

/**
 * The call failed below HTTP: the connection could not be made, broke, or the TLS handshake failed.
 * Whether the server received the request is unknown unless {@link #requestSent()} is false.
 */
public class TransportException extends NetobsException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final boolean requestSent;

  public TransportException(
      String method, String path, boolean requestSent, String detail, @Nullable Throwable cause) {
    super(method + " " + path + ": " + detail, cause);
    this.method = method;
    this.path = path;
    this.requestSent = requestSent;
  }

  public String method() {
    return method;
  }

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
