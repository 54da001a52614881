package io.netobs.http;

/** A connect, read, write or whole-call timeout expired. */
public class ApiTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception for a timeout, as the SDK makes it; public so that tests can make one.
   *
   * @param method the HTTP method of the request
   * @param path the path of the request, without its query
   * @param requestSent false when no byte of the request was written
   * @param detail which timeout expired, in words
   * @param cause the underlying timeout, or null
   */
  public ApiTimeoutException(
      String method, String path, boolean requestSent, String detail, Throwable cause) {
    super(method, path, requestSent, detail, cause);
  }
}
