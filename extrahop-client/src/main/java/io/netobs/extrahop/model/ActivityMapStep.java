package io.netobs.extrahop.model;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.internal.Copies;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One step of an activity map walk: from the devices found so far, along these relationships, kept to
 * the peers in (or not in) these groups.
 *
 * @param relationships the protocols and roles followed; empty for any
 * @param peerIn        keep only peers in these sources
 * @param peerNotIn     drop peers in these sources
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapStep(
    @JsonProperty("relationships") List<ActivityMapRelationship> relationships,
    @JsonProperty("peer_in") List<ActivityMapSource> peerIn,
    @JsonProperty("peer_not_in") List<ActivityMapSource> peerNotIn,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapStep {
    relationships = Copies.list(relationships);
    peerIn = Copies.list(peerIn);
    peerNotIn = Copies.list(peerNotIn);
    unknownFields = Copies.map(unknownFields);
  }

  /** A step along these relationships, to any peer. */
  public static ActivityMapStep of(ActivityMapRelationship... relationships) {
    return new ActivityMapStep(Validate.list(List.of(relationships), "relationships"), List.of(), List.of(), Map.of());
  }

  /** This step, kept to peers in {@code sources}. */
  public ActivityMapStep withPeerIn(ActivityMapSource... sources) {
    return new ActivityMapStep(relationships, Validate.list(List.of(sources), "sources"), peerNotIn, unknownFields);
  }

  /** This step, without peers in {@code sources}. */
  public ActivityMapStep withPeerNotIn(ActivityMapSource... sources) {
    return new ActivityMapStep(relationships, peerIn, Validate.list(List.of(sources), "sources"), unknownFields);
  }
}
