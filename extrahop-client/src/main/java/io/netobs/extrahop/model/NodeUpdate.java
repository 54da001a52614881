package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /nodes/{id}}.
 */
public final class NodeUpdate extends UpdateRequest<NodeUpdate> {
  /** An update that sets nothing yet. */
  public NodeUpdate() {}

  /** The nickname. */
  public NodeUpdate nickname(String nickname) {
    return set("nickname", Validate.notNull(nickname, "nickname"));
  }

  /** Whether it reports to this appliance. */
  public NodeUpdate enabled(boolean enabled) {
    return set("enabled", enabled);
  }
}
