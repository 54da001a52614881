package io.netobs.extrahop.request;

import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/** The body of {@code POST /investigations/search}; no criterion set finds every investigation. */
public final class InvestigationQuery extends RequestBody {
  private InvestigationQuery(Builder builder) {
    super(builder);
  }

  /** A builder with no criterion set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's criteria, to build a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds an {@link InvestigationQuery}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** Investigations created after {@code creationTime} ({@code creation_time}). */
    public Builder creationTime(ExtraHopTime creationTime) {
      return set("creation_time", Validate.notNull(creationTime, "creation_time").jsonValue());
    }

    /** Investigations updated after {@code updateTime} ({@code update_time}). */
    public Builder updateTime(ExtraHopTime updateTime) {
      return set("update_time", Validate.notNull(updateTime, "update_time").jsonValue());
    }

    /** Only investigations a user created ({@code true}), or only the others. */
    public Builder isUserCreated(boolean isUserCreated) {
      return set("is_user_created", isUserCreated);
    }

    /** The query. */
    public InvestigationQuery build() {
      return new InvestigationQuery(this);
    }
  }
}
