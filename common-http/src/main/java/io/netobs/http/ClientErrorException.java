package io.netobs.http;

import java.util.List;
import java.util.Map;

/** A 4xx answer that has no exception class of its own (for example 405, 410 or 413). */
public class ClientErrorException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception for a 4xx answer that has no class of its own, as the SDK makes it; public so
   * that tests can make one.
   *
   * @param method the HTTP method of the request
   * @param path the path of the request, without its query
   * @param status the HTTP status answered (4xx)
   * @param serverMessage the server's own explanation, or null for none
   * @param headers the answer's headers (names in lower case), or null for none
   */
  public ClientErrorException(
      String method,
      String path,
      int status,
      String serverMessage,
      Map<String, List<String>> headers) {
    super(method, path, status, serverMessage, headers);
  }
}
