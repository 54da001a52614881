package io.netobs.http;

/** A connect, read, write or whole-call timeout expired. */
public class ApiTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  public ApiTimeoutException(
      String method, String path, boolean requestSent, String detail, Throwable cause) {
    super(method, path, requestSent, detail, cause);
  }
}
