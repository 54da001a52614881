package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The credentials were missing, wrong or expired (401). */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(
      String method, String path, String serverMessage, Map<String, List<String>> headers) {
    super(method, path, 401, serverMessage, headers);
  }
}
