package io.netobs.http.internal;

import io.netobs.http.Auth;
import io.netobs.http.AuthRequest;
import java.util.Set;

/** Kentik e-mail and API token headers. */
public final class KentikAuth implements Auth, SecretValues {
  private final String email;
  private final String token;

  public KentikAuth(String email, String token) {
    this.email = Checks.credential(email, "email");
    this.token = Checks.credential(token, "apiToken");
  }

  /** The account's e-mail, from which a shared limiter's key is made (hashed). */
  String email() {
    return email;
  }

  @Override
  public void apply(AuthRequest request) {
    request.header("X-CH-Auth-Email", email);
    request.header("X-CH-Auth-API-Token", token);
  }

  @Override
  public Set<String> secretValues() {
    // The e-mail is not a secret on its own, but it names the account: keep it out of logs as well.
    return Set.of(token, email);
  }

  @Override
  public String toString() {
    return "Auth.kentik(****, ****)";
  }
}
