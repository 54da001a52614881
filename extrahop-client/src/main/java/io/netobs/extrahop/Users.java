package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.ApiKey;
import io.netobs.extrahop.model.User;
import io.netobs.extrahop.model.UserLockStatus;
import io.netobs.extrahop.request.UserCreate;
import io.netobs.extrahop.request.UserUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** Users of the appliance ({@code /users}), keyed by user name, and their API keys. */
public final class Users {
  private final HttpCore core;
  private final Crud<User> crud;

  Users(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/users", User.class);
  }

  /** Every user: {@code GET /users}. */
  public List<User> list() {
    return crud.list();
  }

  /** One user: {@code GET /users/{username}}. */
  public User get(String username) {
    return crud.get(username(username));
  }

  /**
   * Creates a user: {@code POST /users}; returns the user name (from {@code Location}). The
   * password travels in the body; keep wire logging (TRACE) off while calling this.
   */
  public String create(UserCreate user) {
    return crud.createKey(user, "user");
  }

  /** Changes the fields set in {@code update}: {@code PATCH /users/{username}}. */
  public void update(String username, UserUpdate update) {
    crud.update(username(username), update);
  }

  /** Deletes a user: {@code DELETE /users/{username}}. */
  public void delete(String username) {
    crud.delete(username(username));
  }

  /**
   * Deletes a user and gives their dashboards, collections and activity maps to {@code transferTo}:
   * {@code DELETE /users/{username}?dest_user=..}.
   */
  public void delete(String username, String transferTo) {
    core.send(
        ApiRequest.delete("/users/{}", username(username))
            .query("dest_user", Checks.notBlank(transferTo, "transferTo"))
            .build());
  }

  /** The API keys of a user: {@code GET /users/{username}/apikeys}. */
  public List<ApiKey> apiKeys(String username) {
    return Crud.listAt(core, ApiKey.class, "/users/{}/apikeys", username(username));
  }

  /**
   * One API key of a user: {@code GET /users/{username}/apikeys/{keyid}} (newer firmware prefers
   * {@code GET /apikeys/{keyid}}).
   */
  public ApiKey apiKey(String username, long keyId) {
    return Crud.getAt(
        core,
        ApiKey.class,
        "/users/{}/apikeys/{}",
        username(username),
        Checks.positiveId(keyId, "keyId"));
  }

  /** Whether a user is locked out after failed logins: {@code GET /users/{username}/lock}. */
  public UserLockStatus lock(String username) {
    return Crud.getAt(core, UserLockStatus.class, "/users/{}/lock", username(username));
  }

  /**
   * Clears a user's login lockout so they can try again at once: {@code DELETE
   * /users/{username}/lock}.
   *
   * <p><b>Hard to undo:</b> the lockout cannot be put back by the API; a lockout that stopped a
   * password-guessing attempt stops it no longer, and the failed attempts it counted are forgotten.
   */
  public void unlock(String username) {
    core.send(ApiRequest.delete("/users/{}/lock", username(username)).build());
  }

  private static String username(String username) {
    return Checks.notBlank(username, "username");
  }
}
