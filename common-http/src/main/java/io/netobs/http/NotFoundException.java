package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The object or path does not exist (404). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(
      String method, String path, String serverMessage, Map<String, List<String>> headers) {
    super(method, path, 404, serverMessage, headers);
  }
}
