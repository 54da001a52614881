package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.Node;
import io.netobs.extrahop.request.NodeUpdate;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/** The Discover nodes connected to this Command appliance ({@code /nodes}). */
public final class Nodes {
  private final Crud<Node> crud;

  Nodes(HttpCore core) {
    this.crud = new Crud<>(core, "/nodes", Node.class);
  }

  /** Every node: {@code GET /nodes}. */
  public List<Node> list() {
    return crud.list();
  }

  /** One node: {@code GET /nodes/{id}}. */
  public Node get(long id) {
    return crud.get(id);
  }

  /** Changes the fields set in {@code update} (nickname, enabled): {@code PATCH /nodes/{id}}. */
  public void update(long id, NodeUpdate update) {
    crud.update(id, update);
  }
}
