package io.netobs.http;

import java.util.List;
import java.util.Map;

/** The server failed (5xx), and retries, if any were allowed, failed too. */
public class ServerErrorException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ServerErrorException(
      String method,
      String path,
      int status,
      String serverMessage,
      Map<String, List<String>> headers) {
    super(method, path, status, serverMessage, headers);
  }
}
