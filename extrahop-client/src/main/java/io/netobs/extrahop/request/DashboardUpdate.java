package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/** The body of {@code PATCH /dashboards/{id}}, which transfers ownership of a dashboard. */
public final class DashboardUpdate extends RequestBody {
  private DashboardUpdate(Builder builder) {
    super(builder);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this body's fields, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link DashboardUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** The user who will own the dashboard (not blank). */
    public Builder owner(String owner) {
      return set("owner", Validate.notBlank(owner, "owner"));
    }

    /** A new name (not blank). */
    public Builder name(String name) {
      return set("name", Validate.notBlank(name, "name"));
    }

    /**
     * The body.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public DashboardUpdate build() {
      requireAny("DashboardUpdate");
      return new DashboardUpdate(this);
    }
  }
}
