package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The credentials were missing, wrong or expired (401). */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception for a 401 answer, as the SDK makes it; public so that tests can make one.
   *
   * @param method the HTTP method of the request
   * @param path the path of the request, without its query
   * @param serverMessage the server's own explanation, or null for none
   * @param headers the answer's headers (names in lower case), or null for none
   */
  public UnauthorizedException(
      String method, String path, String serverMessage, Map<String, List<String>> headers) {
    super(method, path, 401, serverMessage, headers);
  }
}
