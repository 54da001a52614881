package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.NetworkUser;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.request.NetworkUserSearch;
import io.netobs.extrahop.request.NetworkUserTagUpdate;
import io.netobs.extrahop.request.NetworkUserUpdate;
import io.netobs.http.PagedIterable;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.util.List;
import java.util.Objects;

/**
 * Network users ({@code /networkusers}): the accounts the appliance saw authenticate on the
 * network, named by their username. Search them, read and flag one, and tag them. Immutable and
 * thread-safe.
 */
public final class NetworkUsers {
  private final HttpCore core;

  NetworkUsers(HttpCore core) {
    this.core = Objects.requireNonNull(core, "core");
  }

  /**
   * Every network user matching {@code search}, page after page ({@code POST /networkusers/search}
   * with {@code {filter, active_from, active_until, limit, offset}}). Nothing is sent until
   * iteration starts.
   */
  public PagedIterable<NetworkUser> search(NetworkUserSearch search) {
    Checks.notNull(search, "search");
    return core.byOffset(
        search.offset(),
        search.pageSize(),
        (offset, limit) ->
            core.json(
                ApiRequest.post("/networkusers/search")
                    .json(search.toBody(offset, limit))
                    .idempotent(true)
                    .build(),
                Json.listOf(NetworkUser.class)));
  }

  /** One network user ({@code GET /networkusers/users/{username}}). */
  public NetworkUser get(String username) {
    return Crud.getAt(core, NetworkUser.class, "/networkusers/users/{}", key(username));
  }

  /**
   * Sets the user's manual high-influence or high-privilege flags ({@code PATCH
   * /networkusers/users/{username}}).
   */
  public void update(String username, NetworkUserUpdate update) {
    String key = key(username);
    core.send(
        ApiRequest.patch("/networkusers/users/{}", key).json(Crud.body(update, "update")).build());
  }

  /** The tags assigned to the user ({@code GET /networkusers/users/{username}/tags}). */
  public List<Tag> tags(String username) {
    return Crud.listAt(core, Tag.class, "/networkusers/users/{}/tags", key(username));
  }

  /**
   * Assigns and unassigns tags on one user ({@code POST /networkusers/users/{username}/tags} with
   * {@code {"assign", "unassign"}}).
   *
   * @throws IllegalArgumentException when {@code change} names users: those go to {@link
   *     #updateTags(NetworkUserTagUpdate)}
   */
  public void updateTags(String username, NetworkUserTagUpdate change) {
    String key = key(username);
    Checks.notNull(change, "change");
    if (change.hasUsernames()) {
      throw new IllegalArgumentException(
          "change names usernames; for several users call updateTags(change) without a username");
    }
    core.send(ApiRequest.post("/networkusers/users/{}/tags", key).json(change.toMap()).build());
  }

  /**
   * Assigns and unassigns tags on several users at once ({@code POST /networkusers/tags} with
   * {@code {"usernames", "assign", "unassign"}}).
   *
   * @throws IllegalArgumentException when {@code change} names no users
   */
  public void updateTags(NetworkUserTagUpdate change) {
    Checks.notNull(change, "change");
    if (!change.hasUsernames()) {
      throw new IllegalArgumentException("change must name the users: set usernames(...)");
    }
    core.send(ApiRequest.post("/networkusers/tags").json(change.toMap()).build());
  }

  private static String key(String username) {
    return Checks.notBlank(username, "username");
  }

  @Override
  public String toString() {
    return "NetworkUsers";
  }
}
