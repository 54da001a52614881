package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.request.TagCreate;
import io.netobs.extrahop.request.TagUpdate;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** Device tags ({@code /tags}) and the devices that carry them. */
public final class Tags {
  private final HttpCore core;
  private final Crud<Tag> crud;

  Tags(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/tags", Tag.class);
  }

  /** Every tag: {@code GET /tags}. */
  public List<Tag> list() {
    return crud.list();
  }

  /**
   * One tag: {@code GET /tags/{id}}; a missing one throws {@link io.netobs.http.NotFoundException}.
   */
  public Tag get(long id) {
    return crud.get(id);
  }

  /**
   * Creates a tag: {@code POST /tags}; returns its id (from the {@code Location} of the 201
   * answer).
   */
  public long create(TagCreate body) {
    return crud.create(body);
  }

  /**
   * Changes the fields set in {@code update}, and clears those cleared: {@code PATCH /tags/{id}}.
   */
  public void update(long id, TagUpdate update) {
    crud.update(id, update);
  }

  /** Deletes a tag: {@code DELETE /tags/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }

  /** The devices with a tag: {@code /tags/{id}/devices}. */
  public Assignments<Device> devices(long id) {
    return Assignments.of(core, "tags", id, "devices", Device.class);
  }

  /**
   * The tags named exactly {@code name} (tag names are not unique on every firmware). Lists every
   * tag ({@code GET /tags}) and filters here: the API has no search by name.
   */
  public List<Tag> findByName(String name) {
    Checks.notBlank(name, "name");
    return list().stream().filter(t -> name.equals(t.name())).toList();
  }

  /**
   * The id of the tag named {@code name}, created when there is none. Not atomic: two callers at
   * once may each create one.
   */
  public long findOrCreate(String name) {
    List<Tag> found = findByName(name);
    return found.isEmpty() ? create(TagCreate.builder().name(name).build()) : found.get(0).id();
  }
}
