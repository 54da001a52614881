package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The request was well-formed but its content was refused (422). */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnprocessableEntityException(
      String method, String path, String serverMessage, Map<String, List<String>> headers) {
    super(method, path, 422, serverMessage, headers);
  }
}
