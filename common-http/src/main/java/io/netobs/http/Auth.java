package io.netobs.http;

import io.netobs.http.internal.ApiKeyAuth;
import io.netobs.http.internal.KentikAuth;
import io.netobs.http.internal.OAuth2ClientCredentials;

/**
 * How a client proves who it is. The SDK brings the three schemes the two APIs use; an application
 * can bring its own by implementing this interface.
 *
 * <p>Implementations are thread-safe and keep their secrets out of {@code toString()}.
 */
public interface Auth {

  /** ExtraHop appliances: {@code Authorization: ExtraHop apikey=KEY}. */
  static Auth extraHopApiKey(String apiKey) {
    return new ApiKeyAuth(apiKey);
  }

  /**
   * ExtraHop RevealX 360: OAuth2 client credentials. The token is requested from {@code
   * /oauth2/token} on the API's host, cached, renewed shortly before it expires, and requested
   * again once when a call answers 401. Concurrent callers share one token request.
   */
  static Auth oauth2ClientCredentials(String clientId, String clientSecret) {
    return new OAuth2ClientCredentials(null, clientId, clientSecret);
  }

  /** As {@link #oauth2ClientCredentials(String, String)}, with the token endpoint's full URL. */
  static Auth oauth2ClientCredentials(String tokenUrl, String clientId, String clientSecret) {
    if (tokenUrl == null || tokenUrl.isBlank()) {
      throw new IllegalArgumentException("tokenUrl must not be blank");
    }
    return new OAuth2ClientCredentials(tokenUrl, clientId, clientSecret);
  }

  /** Kentik: {@code X-CH-Auth-Email} and {@code X-CH-Auth-API-Token}. */
  static Auth kentik(String email, String apiToken) {
    return new KentikAuth(email, apiToken);
  }

  /** No credentials at all. */
  static Auth none() {
    return new Auth() {
      @Override
      public void apply(AuthRequest request) {}

      @Override
      public boolean carriesCredentials() {
        return false;
      }

      @Override
      public String toString() {
        return "Auth.none()";
      }
    };
  }

  /** Adds this credential to one attempt of a call, before it is sent. */
  void apply(AuthRequest request);

  /**
   * The server answered 401 to an attempt that carried this credential. Returns true when fresh
   * credentials may succeed; the SDK then sends the call once more (once per call).
   *
   * @param rejected the attempt that was refused, with the headers it carried
   */
  default boolean renewAfterUnauthorized(AuthRequest rejected) {
    return false;
  }

  /**
   * Whether this scheme sends a secret. Clients refuse to send one over plain {@code http://} to a
   * host other than loopback unless the caller allowed it explicitly.
   */
  default boolean carriesCredentials() {
    return true;
  }
}
