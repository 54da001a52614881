package io.netobs.http.internal;

import io.netobs.http.Auth;
import io.netobs.http.AuthRequest;
import java.util.Set;

/** ExtraHop appliance API key. */
public final class ApiKeyAuth implements Auth, SecretValues {
  private final String headerValue;
  private final String apiKey;

  public ApiKeyAuth(String apiKey) {
    this.apiKey = Checks.credential(apiKey, "apiKey");
    this.headerValue = "ExtraHop apikey=" + apiKey;
  }

  @Override
  public void apply(AuthRequest request) {
    request.header("Authorization", headerValue);
  }

  @Override
  public Set<String> secretValues() {
    return Set.of(apiKey);
  }

  @Override
  public String toString() {
    return "Auth.extraHopApiKey(****)";
  }
}
