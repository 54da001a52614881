package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.EmailGroup;
import io.netobs.extrahop.request.EmailGroupCreate;
import io.netobs.extrahop.request.EmailGroupUpdate;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/**
 * Email groups ({@code /emailgroups}), which alerts notify. They name themselves with {@code
 * group_name}.
 */
public final class EmailGroups {
  private final Crud<EmailGroup> crud;

  EmailGroups(HttpCore core) {
    this.crud = new Crud<>(core, "/emailgroups", EmailGroup.class);
  }

  /** Every email group: {@code GET /emailgroups}. */
  public List<EmailGroup> list() {
    return crud.list();
  }

  /**
   * One email group: {@code GET /emailgroups/{id}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public EmailGroup get(long id) {
    return crud.get(id);
  }

  /**
   * Creates a email group: {@code POST /emailgroups}; returns its id (from the {@code Location} of
   * the 201 answer).
   */
  public long create(EmailGroupCreate body) {
    return crud.create(body);
  }

  /**
   * Changes the fields set in {@code update}, and clears those cleared: {@code PATCH
   * /emailgroups/{id}}.
   */
  public void update(long id, EmailGroupUpdate update) {
    crud.update(id, update);
  }

  /** Deletes a email group: {@code DELETE /emailgroups/{id}}. */
  public void delete(long id) {
    crud.delete(id);
  }
}
