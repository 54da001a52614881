package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.KentikUser;
import io.netobs.kentik.request.KentikUserCreate;
import io.netobs.kentik.request.KentikUserUpdate;
import java.util.List;
import java.util.Map;

/**
 * The account's users ({@code /users}, {@code /user/{id}}). Bodies and answers are wrapped as
 * {@code {"user": {...}}}, the list as {@code {"users": [...]}}. Managing users needs an
 * administrator's credentials.
 */
public final class KentikUsers {
  private final HttpCore core;

  KentikUsers(HttpCore core) {
    this.core = core;
  }

  /** Every user ({@code GET /users}). */
  public List<KentikUser> list() {
    return core.execute(
        ApiRequest.get("/users").build(), r -> Answers.list(r, "users", KentikUser.class));
  }

  /**
   * One user ({@code GET /user/{id}}).
   *
   * @throws io.netobs.http.NotFoundException when there is no such user
   */
  public KentikUser get(long id) {
    Checks.positiveId(id, "id");
    return core.execute(
        ApiRequest.get("/user/{}", id).build(), r -> Answers.object(r, "user", KentikUser.class));
  }

  /** Creates a user ({@code POST /user}) and returns it as the server stored it. */
  public KentikUser create(KentikUserCreate user) {
    Checks.notNull(user, "user");
    return core.execute(
        ApiRequest.post("/user").json(Map.of("user", user.toMap())).build(),
        r -> Answers.object(r, "user", KentikUser.class));
  }

  /**
   * Changes a user ({@code PUT /user/{id}}), sending only the fields set in {@code update}.
   *
   * @return the user as the server stored it
   */
  public KentikUser update(long id, KentikUserUpdate update) {
    Checks.positiveId(id, "id");
    Checks.notNull(update, "update");
    return core.execute(
        ApiRequest.put("/user/{}", id).json(Map.of("user", update.toMap())).build(),
        r -> Answers.object(r, "user", KentikUser.class));
  }

  /**
   * Deletes a user ({@code DELETE /user/{id}}); it cannot be undone, and the user's access ends at
   * once.
   */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/user/{}", id).build());
  }
}
