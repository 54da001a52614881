package io.netobs.http;

import java.util.List;
import java.util.Map;

/** A 4xx answer that has no exception class of its own (for example 405, 410 or 413). */
public class ClientErrorException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ClientErrorException(
      String method,
      String path,
      int status,
      String serverMessage,
      Map<String, List<String>> headers) {
    super(method, path, status, serverMessage, headers);
  }
}
