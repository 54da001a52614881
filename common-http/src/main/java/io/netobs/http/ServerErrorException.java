package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The server failed (5xx), and retries, if any were allowed, failed too. */
public class ServerErrorException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception for a 5xx answer, as the SDK makes it once retries are spent; public so that
   * tests can make one.
   *
   * @param method the HTTP method of the request
   * @param path the path of the request, without its query
   * @param status the HTTP status answered (5xx)
   * @param serverMessage the server's own explanation, or null for none
   * @param headers the answer's headers (names in lower case), or null for none
   */
  public ServerErrorException(
      String method,
      String path,
      int status,
      String serverMessage,
      Map<String, List<String>> headers) {
    super(method, path, status, serverMessage, headers);
  }
}
