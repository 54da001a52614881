package io.netobs.testing.extrahop;

import io.netobs.testing.FakeRequest;
import io.netobs.testing.FakeResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Both ways the API authenticates: the appliance's {@code Authorization: ExtraHop apikey=KEY} and
 * the cloud edition's OAuth2 client credentials, whose tokens it mints at {@code POST
 * /oauth2/token}. Thread-safe on its own, so that checking a request needs no lock on the state.
 */
final class Auth {
  static final String TOKEN_PATH = "/oauth2/token";

  private final Settings settings;

  /** Token -> expiry in epoch milliseconds. */
  private final Map<String, Long> tokens = new ConcurrentHashMap<>();

  private final AtomicInteger minted = new AtomicInteger();

  Auth(Settings settings) {
    this.settings = settings;
  }

  int tokensMinted() {
    return minted.get();
  }

  void resetCount() {
    minted.set(0);
  }

  /**
   * {@code POST /oauth2/token}: HTTP Basic client credentials, form {@code
   * grant_type=client_credentials}.
   */
  FakeResponse token(FakeRequest request) {
    if (!request.method().equals("POST")) {
      return FakeResponse.json(
          405, Map.of("error", "invalid_request", "error_description", "use POST"));
    }
    if (!clientMatches(request.header("authorization"))) {
      return FakeResponse.json(401, Map.of("error", "invalid_client"));
    }
    String contentType = request.header("content-type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return FakeResponse.json(
          400,
          Map.of(
              "error",
              "invalid_request",
              "error_description",
              "the body must be application/x-www-form-urlencoded"));
    }
    if (!"client_credentials".equals(formField(request.bodyText(), "grant_type"))) {
      return FakeResponse.json(400, Map.of("error", "unsupported_grant_type"));
    }
    String token = UUID.randomUUID().toString().replace("-", "");
    long lifetime = settings.tokenLifetime().toMillis();
    tokens.put(token, settings.clock().millis() + lifetime);
    minted.incrementAndGet();
    return FakeResponse.json(
        200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", lifetime / 1000));
  }

  /** Throws a 401 unless the request carries the API key or a live token. */
  void check(FakeRequest request) {
    String authorization = request.header("authorization");
    if (authorization == null || authorization.isBlank()) {
      throw new ApiError(
          401, "Authorization required: send 'ExtraHop apikey=KEY' or 'Bearer TOKEN'");
    }
    if (authorization.regionMatches(true, 0, "ExtraHop ", 0, 9)) {
      String credentials = authorization.substring(9).trim();
      if (credentials.startsWith("apikey=") && credentials.substring(7).equals(settings.apiKey())) {
        return;
      }
      throw new ApiError(401, "Invalid API key");
    }
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Long expiry = tokens.get(authorization.substring(7).trim());
      if (expiry == null) {
        throw new ApiError(401, "Invalid access token");
      }
      if (settings.clock().millis() >= expiry) {
        throw new ApiError(401, "The access token has expired");
      }
      return;
    }
    throw new ApiError(401, "Unsupported authorization scheme");
  }

  private boolean clientMatches(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    return colon >= 0
        && decoded.substring(0, colon).equals(settings.clientId())
        && decoded.substring(colon + 1).equals(settings.clientSecret());
  }

  private static String formField(String form, String name) {
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0
          && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
        return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
