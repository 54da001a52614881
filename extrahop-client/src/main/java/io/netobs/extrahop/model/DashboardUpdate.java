package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /dashboards/{id}}, which transfers ownership of a dashboard.
 */
public final class DashboardUpdate extends UpdateRequest<DashboardUpdate> {
  /** An update that sets nothing yet. */
  public DashboardUpdate() {}

  /** The user who will own the dashboard (not blank). */
  public DashboardUpdate owner(String owner) {
    return set("owner", Validate.notBlank(owner, "owner"));
  }

  /** A new name (not blank). */
  public DashboardUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }
}
