package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The credentials are valid but do not allow this operation (403). */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception for a 403 answer, as the SDK makes it; public so that tests can make one.
   *
   * @param method the HTTP method of the request
   * @param path the path of the request, without its query
   * @param serverMessage the server's own explanation, or null for none
   * @param headers the answer's headers (names in lower case), or null for none
   */
  public ForbiddenException(
      String method, String path, String serverMessage, Map<String, List<String>> headers) {
    super(method, path, 403, serverMessage, headers);
  }
}
