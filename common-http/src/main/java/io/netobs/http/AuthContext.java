package io.netobs.http;

import java.time.Clock;
import java.util.Map;

/** What the client lends to an {@link Auth}: its clock, its base URL and its connections. */
public interface AuthContext {
  /** The base URL of the API, e.g. {@code https://host/api/v1}. */
  String baseUrl();

  /** The client's clock (replaceable in tests to exercise token expiry). */
  Clock clock();

  /**
   * Sends a form POST with HTTP Basic credentials, over the client's own connections, TLS and proxy
   * settings. The form and the answer are never logged. A token request is safe to repeat, so it is
   * retried as the client's retry policy allows: after a connection failure or an answer that broke
   * off, on 408, 429 and 5xx (honouring {@code Retry-After}), and when a success answer is not
   * complete JSON.
   *
   * @return the status and body of the answer
   * @throws TransportException when the server cannot be reached
   */
  FormAnswer postForm(String url, String basicUser, String basicPassword, Map<String, String> form);

  /** The answer to {@link #postForm}. */
  record FormAnswer(int status, String body) {
    @Override
    public String toString() {
      // The body of a token answer is a secret.
      return "FormAnswer[status=" + status + ", body=(" + body.length() + " chars)]";
    }
  }
}
