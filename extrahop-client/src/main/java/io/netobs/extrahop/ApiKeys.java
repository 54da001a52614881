package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.ApiKey;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import io.netobs.http.internal.Locations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * API keys ({@code /apikeys}). Keys other than the setup user's first one are made in the Admin UI.
 */
public final class ApiKeys {
  private final HttpCore core;
  private final Crud<ApiKey> crud;

  ApiKeys(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/apikeys", ApiKey.class);
  }

  /** Every API key's metadata: {@code GET /apikeys}. */
  public List<ApiKey> list() {
    return crud.list();
  }

  /** One API key's metadata: {@code GET /apikeys/{keyid}}. */
  public ApiKey get(long keyId) {
    return crud.get(Checks.positiveId(keyId, "keyId"));
  }

  /**
   * Creates the first API key of the {@code setup} user: {@code POST /apikeys} with the setup
   * user's password. The answer's body (the new key, when the appliance sends it) is decoded; when
   * it has no body the id is read from {@code Location}. The password is sent in the body and is
   * never logged by this method; keep wire logging (TRACE) off while calling it.
   */
  public ApiKey createSetupKey(String setupPassword) {
    Checks.credential(setupPassword, "setupPassword");
    ApiRequest request =
        ApiRequest.post("/apikeys").json(Map.of("password", setupPassword)).build();
    return core.execute(
        request,
        response -> {
          byte[] body = response.bytes();
          String location = response.header("Location");
          if (body.length > 0 && new String(body, StandardCharsets.UTF_8).strip().startsWith("{")) {
            ApiKey key = Json.mapper().readValue(body, ApiKey.class);
            if (key.id() == 0 && location != null) {
              long id =
                  Locations.id(location, response.method(), response.path(), response.status());
              return new ApiKey(
                  id,
                  key.username(),
                  key.description(),
                  key.timeAdded(),
                  key.key(),
                  key.unknownFields());
            }
            return key;
          }
          long id = Locations.id(location, response.method(), response.path(), response.status());
          return new ApiKey(id, "setup", null, null, null, Map.of());
        });
  }
}
