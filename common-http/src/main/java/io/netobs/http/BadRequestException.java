package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The server refused the request as malformed or invalid (400). */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(
      String method, String path, String serverMessage, Map<String, List<String>> headers) {
    super(method, path, 400, serverMessage, headers);
  }
}
