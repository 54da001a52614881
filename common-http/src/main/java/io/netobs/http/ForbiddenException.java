package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The credentials are valid but do not allow this operation (403). */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(
      String method, String path, String serverMessage, Map<String, List<String>> headers) {
    super(method, path, 403, serverMessage, headers);
  }
}
