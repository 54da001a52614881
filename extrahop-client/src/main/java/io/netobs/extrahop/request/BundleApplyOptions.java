package io.netobs.extrahop.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.model.BundlePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /bundles/{id}/apply}: what to do with conflicting objects, whether to
 * restore the objects' assignments, and (on a console) which sensors to apply the bundle to.
 *
 * <pre>{@code
 * BundleApplyOptions.builder().policy(BundlePolicy.SKIP).includeAssignments(true).build()
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class BundleApplyOptions {
  private final BundlePolicy policy;
  private final boolean includeAssignments;
  private final List<Long> nodeIds;

  private BundleApplyOptions(BundlePolicy policy, boolean includeAssignments, List<Long> nodeIds) {
    this.policy = policy;
    this.includeAssignments = includeAssignments;
    this.nodeIds = nodeIds;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.policy = policy;
    b.includeAssignments = includeAssignments;
    b.nodeIds.addAll(nodeIds);
    return b;
  }

  /** What happens to conflicting objects. */
  @JsonProperty("policy")
  public BundlePolicy policy() {
    return policy;
  }

  /** Whether the objects' assignments are restored with them. */
  @JsonProperty("include_assignments")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public boolean includeAssignments() {
    return includeAssignments;
  }

  /** The sensors to apply the bundle on (consoles only); empty for this appliance. */
  @JsonProperty("node_ids")
  public List<Long> nodeIds() {
    return nodeIds;
  }

  @Override
  public String toString() {
    return "BundleApplyOptions[policy="
        + policy
        + ", includeAssignments="
        + includeAssignments
        + (nodeIds.isEmpty() ? "" : ", nodeIds=" + nodeIds)
        + "]";
  }

  /** Builds {@link BundleApplyOptions}. */
  public static final class Builder {
    private BundlePolicy policy;
    private boolean includeAssignments;
    private final List<Long> nodeIds = new ArrayList<>();

    private Builder() {}

    /** What happens to conflicting objects (required). */
    public Builder policy(BundlePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy must not be null");
      return this;
    }

    /** Whether the objects' assignments are restored with them; false unless set. */
    public Builder includeAssignments(boolean includeAssignments) {
      this.includeAssignments = includeAssignments;
      return this;
    }

    /**
     * The sensors to apply the bundle on, when this is a console.
     *
     * @throws IllegalArgumentException when an id is not positive
     */
    public Builder nodeIds(long... ids) {
      Objects.requireNonNull(ids, "nodeIds must not be null");
      nodeIds.clear();
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] <= 0) {
          throw new IllegalArgumentException(
              "nodeIds[" + i + "] must be a positive id, was " + ids[i]);
        }
        nodeIds.add(ids[i]);
      }
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalStateException when no policy was set
     */
    public BundleApplyOptions build() {
      if (policy == null) {
        throw new IllegalStateException(
            "policy is required: BundlePolicy.OVERWRITE replaces conflicting objects, BundlePolicy.SKIP keeps them");
      }
      return new BundleApplyOptions(policy, includeAssignments, List.copyOf(nodeIds));
    }
  }
}
