package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The request conflicts with the current state of the object (409). */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(
      String method, String path, String serverMessage, Map<String, List<String>> headers) {
    super(method, path, 409, serverMessage, headers);
  }
}
