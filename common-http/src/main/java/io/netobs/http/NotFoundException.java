package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The object or path does not exist (404). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception for a 404 answer, as the SDK makes it; public so that tests can make one.
   *
   * @param method the HTTP method of the request
   * @param path the path of the request, without its query
   * @param serverMessage the server's own explanation, or null for none
   * @param headers the answer's headers (names in lower case), or null for none
   */
  public NotFoundException(
      String method, String path, String serverMessage, Map<String, List<String>> headers) {
    super(method, path, 404, serverMessage, headers);
  }
}
