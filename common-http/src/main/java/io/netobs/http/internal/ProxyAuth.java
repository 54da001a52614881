package io.netobs.http.internal;

import io.netobs.http.CoreOptions;
import java.nio.charset.StandardCharsets;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a proxy's 407 with {@code Proxy-Authorization: Basic ...}: the credentials of the
 * client's options, or else those of the environment's proxy URL that the connection went through.
 * Gives up (the 407 reaches the caller) when the proxy refuses the credentials once. The header is
 * added by OkHttp to the request it sends to the proxy, never to the SDK's own request, so the
 * SDK's logs and exceptions never see it. Immutable.
 */
final class ProxyAuth implements Authenticator {
  private final String user;
  private final String password;
  private final EnvProxy environment;

  private ProxyAuth(String user, String password, EnvProxy environment) {
    this.user = user;
    this.password = password;
    this.environment = environment;
  }

  /** The authenticator for these options: none when they hold no proxy credentials at all. */
  static Authenticator of(CoreOptions options) {
    EnvProxy environment =
        options.proxySelector() instanceof EnvProxy e && e.hasCredentials() ? e : null;
    if (options.proxyUser() == null && environment == null) {
      return Authenticator.NONE;
    }
    return new ProxyAuth(options.proxyUser(), options.proxyPassword(), environment);
  }

  @Override
  public Request authenticate(Route route, Response response) {
    Request request = response.request();
    if (response.code() != 407 || request.header("Proxy-Authorization") != null) {
      return null; // refused once with these credentials: trying them again cannot help
    }
    String[] credentials =
        user != null
            ? new String[] {user, password}
            : route == null ? null : environment.credentialsFor(route.proxy());
    if (credentials == null) {
      return null;
    }
    return request
        .newBuilder()
        .header(
            "Proxy-Authorization",
            Credentials.basic(credentials[0], credentials[1], StandardCharsets.UTF_8))
        .build();
  }

  @Override
  public String toString() {
    return "ProxyAuth[****]";
  }
}
