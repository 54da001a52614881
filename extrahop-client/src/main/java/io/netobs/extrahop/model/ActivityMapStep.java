package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.extrahop.internal.Validate;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One step of an activity map walk: from the devices found so far, along these relationships, kept
 * to the peers in (or not in) these groups.
 *
 * @param relationships the protocols and roles followed; empty for any
 * @param peerIn keep only peers in these sources
 * @param peerNotIn drop peers in these sources
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapStep(
    @JsonProperty("relationships") List<ActivityMapRelationship> relationships,
    @JsonProperty("peer_in") List<ActivityMapSource> peerIn,
    @JsonProperty("peer_not_in") List<ActivityMapSource> peerNotIn,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapStep {
    relationships = Copies.list(relationships);
    peerIn = Copies.list(peerIn);
    peerNotIn = Copies.list(peerNotIn);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** A builder of a step to send in a walk: along any relationship, to any peer, unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this step's relationships and peer filters, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.relationships = relationships;
    b.peerIn = peerIn;
    b.peerNotIn = peerNotIn;
    return b;
  }

  /** Builds an {@link ActivityMapStep}. */
  public static final class Builder {
    private List<ActivityMapRelationship> relationships = List.of();
    private List<ActivityMapSource> peerIn = List.of();
    private List<ActivityMapSource> peerNotIn = List.of();

    private Builder() {}

    /** The protocols and roles followed; none means any. */
    public Builder relationships(ActivityMapRelationship... relationships) {
      this.relationships =
          Validate.list(List.of(Validate.notNull(relationships, "relationships")), "relationships");
      return this;
    }

    /** Keep only peers in these sources. */
    public Builder peerIn(ActivityMapSource... sources) {
      this.peerIn = Validate.list(List.of(Validate.notNull(sources, "sources")), "sources");
      return this;
    }

    /** Drop peers in these sources. */
    public Builder peerNotIn(ActivityMapSource... sources) {
      this.peerNotIn = Validate.list(List.of(Validate.notNull(sources, "sources")), "sources");
      return this;
    }

    /** The step. */
    public ActivityMapStep build() {
      return new ActivityMapStep(relationships, peerIn, peerNotIn, Map.of());
    }
  }
}
