package io.netobs.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.Auth;
import io.netobs.http.AuthContext;
import io.netobs.http.AuthRequest;
import io.netobs.http.DecodingException;
import io.netobs.http.UnauthorizedException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * OAuth2 client credentials (RevealX 360). One token is shared by every call of a client: it is
 * renewed shortly before it expires, and once more when the server refuses it. A lock makes
 * concurrent callers that find no valid token wait for one token request instead of each sending
 * their own.
 */
public final class OAuth2ClientCredentials implements Auth, SecretValues {
  private static final String TOKEN_PATH = "/oauth2/token";

  private final String tokenUrl;
  private final String clientId;
  private final String clientSecret;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Token current;

  private record Token(String value, Instant renewAt) {
    @Override
    public String toString() {
      return "Token[****, renewAt=" + renewAt + "]";
    }
  }

  public OAuth2ClientCredentials(String tokenUrl, String clientId, String clientSecret) {
    this.tokenUrl = tokenUrl;
    this.clientId = Checks.credential(clientId, "clientId");
    this.clientSecret = Checks.credential(clientSecret, "clientSecret");
  }

  /** The client id, from which a shared limiter's key is made (hashed). */
  String clientId() {
    return clientId;
  }

  @Override
  public void apply(AuthRequest request) {
    request.header("Authorization", "Bearer " + token(request.context()));
  }

  @Override
  public boolean renewAfterUnauthorized(AuthRequest rejected) {
    String sent = rejected.header("Authorization");
    lock.lock();
    try {
      Token t = current;
      // Drop the token only if it is the one refused: another caller may have renewed it already.
      if (t != null && sent != null && sent.equals("Bearer " + t.value())) {
        current = null;
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  private String token(AuthContext context) {
    Instant now = context.clock().instant();
    Token t = current;
    if (t != null && now.isBefore(t.renewAt())) {
      return t.value();
    }
    lock.lock();
    try {
      t = current;
      if (t != null && context.clock().instant().isBefore(t.renewAt())) {
        return t.value();
      }
      t = requestToken(context);
      current = t;
      return t.value();
    } finally {
      lock.unlock();
    }
  }

  private Token requestToken(AuthContext context) {
    String url =
        tokenUrl != null ? tokenUrl : URI.create(context.baseUrl()).resolve(TOKEN_PATH).toString();
    String path = URI.create(url).getRawPath();
    AuthContext.FormAnswer answer =
        context.postForm(url, clientId, clientSecret, Map.of("grant_type", "client_credentials"));
    // Error answers first, whatever their shape (a proxy's HTML page is a 502, not an undecodable
    // token).
    if (answer.status() == 400 || answer.status() == 401) {
      throw new UnauthorizedException(
          "POST", path, scrub(ErrorBodies.message(answer.body())), Map.of());
    }
    if (answer.status() >= 300) {
      throw ErrorMapping.typed(
          "POST", path, answer.status(), scrub(ErrorBodies.message(answer.body())), Map.of(), null);
    }
    // A success answer holds the token: no part of its body goes into a message, even one cut
    // short.
    JsonNode body;
    try {
      body = Json.mapper().readTree(answer.body().isEmpty() ? "{}" : answer.body());
    } catch (IOException e) {
      throw new DecodingException(
          "POST",
          path,
          answer.status(),
          "token answer is not JSON (" + answer.body().length() + " chars)",
          "",
          null);
    }
    JsonNode accessToken = body.get("access_token");
    if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
      throw new DecodingException(
          "POST", path, answer.status(), "token answer has no access_token", "", null);
    }
    long expiresIn = body.path("expires_in").asLong(3600);
    Instant now = context.clock().instant();
    // Renew a little early: a tenth of the lifetime, at most a minute, so a call never leaves with
    // a
    // token that expires on the way.
    long marginSeconds = Math.min(60, Math.max(0, expiresIn / 10));
    return new Token(
        accessToken.asText(), now.plus(Duration.ofSeconds(Math.max(0, expiresIn - marginSeconds))));
  }

  private String scrub(String text) {
    return WireLog.scrub(text, this::secretValues);
  }

  @Override
  public Set<String> secretValues() {
    Set<String> secrets = new HashSet<>();
    secrets.add(clientSecret);
    Token t = current;
    if (t != null) {
      secrets.add(t.value());
    }
    return secrets;
  }

  @Override
  public String toString() {
    return "Auth.oauth2ClientCredentials(clientId=" + clientId + ", clientSecret=****)";
  }
}
