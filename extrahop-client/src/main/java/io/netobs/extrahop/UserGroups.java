package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.UserGroup;
import io.netobs.extrahop.model.UserGroupMember;
import io.netobs.extrahop.request.UserGroupCreate;
import io.netobs.extrahop.request.UserGroupMembership;
import io.netobs.extrahop.request.UserGroupUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** User groups ({@code /usergroups}), keyed by a string id such as {@code remote.admins}. */
public final class UserGroups {
  private final HttpCore core;
  private final Crud<UserGroup> crud;

  UserGroups(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/usergroups", UserGroup.class);
  }

  /** Every user group: {@code GET /usergroups}. */
  public List<UserGroup> list() {
    return crud.list();
  }

  /** One user group: {@code GET /usergroups/{id}}. */
  public UserGroup get(String id) {
    return crud.get(Crud.key(id, "id"));
  }

  /**
   * Creates a local user group: {@code POST /usergroups}; returns its id (from the {@code Location}
   * of the 201 answer).
   */
  public String create(UserGroupCreate group) {
    return crud.createKey(group, "group");
  }

  /**
   * Deletes a user group: {@code DELETE /usergroups/{id}}.
   *
   * <p><b>Hard to undo:</b> the members lose the privileges and the dashboard sharing the group
   * gave them; a group created again has a new id, no members and no sharing.
   */
  public void delete(String id) {
    crud.delete(Crud.key(id, "id"));
  }

  /** Changes the fields set in {@code update}: {@code PATCH /usergroups/{id}}. */
  public void update(String id, UserGroupUpdate update) {
    crud.update(Crud.key(id, "id"), update);
  }

  /** The members of a group: {@code GET /usergroups/{id}/members}. */
  public List<UserGroupMember> members(String id) {
    return Crud.listAt(core, UserGroupMember.class, "/usergroups/{}/members", Crud.key(id, "id"));
  }

  /**
   * Adds and removes members, leaving the others as they are: {@code PATCH
   * /usergroups/{id}/members} with the users to add ({@code "member"}) and to remove ({@code
   * null}).
   */
  public void updateMembers(String id, UserGroupMembership changes) {
    Crud.key(id, "id");
    core.send(
        ApiRequest.patch("/usergroups/{}/members", id)
            .json(Crud.body(changes, "changes"))
            .idempotent(true)
            .build());
  }

  /**
   * Replaces the whole membership of a group: {@code PUT /usergroups/{id}/members}.
   *
   * <p><b>Hard to undo:</b> every member not named in {@code members} leaves the group and loses
   * what it granted; an empty membership empties the group. Read {@link #members(String)} first if
   * the current members may be wanted again.
   */
  public void replaceMembers(String id, UserGroupMembership members) {
    Crud.key(id, "id");
    core.send(
        ApiRequest.put("/usergroups/{}/members", id)
            .json(Crud.body(members, "members"))
            .idempotent(true)
            .build());
  }

  /**
   * Deletes every dashboard sharing association of a group: {@code DELETE
   * /usergroups/{id}/associations}. The group's members lose the access the group gave them; it has
   * to be granted again by hand.
   */
  public void deleteAssociations(String id) {
    core.send(ApiRequest.delete("/usergroups/{}/associations", Crud.key(id, "id")).build());
  }

  /** Asks LDAP for the current members of every remote group: {@code POST /usergroups/refresh}. */
  public void refreshAll() {
    core.send(ApiRequest.post("/usergroups/refresh").idempotent(true).build());
  }

  /**
   * Asks LDAP for the current members of one remote group: {@code POST /usergroups/{id}/refresh}.
   */
  public void refresh(String id) {
    core.send(
        ApiRequest.post("/usergroups/{}/refresh", Crud.key(id, "id")).idempotent(true).build());
  }
}
