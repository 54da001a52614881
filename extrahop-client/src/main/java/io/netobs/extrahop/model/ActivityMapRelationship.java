package io.netobs.extrahop.model;

import io.netobs.extrahop.internal.Validate;
import io.netobs.extrahop.internal.Copies;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A protocol and a peer role that one step of an activity map walk follows.
 *
 * @param protocol      the protocol, e.g. {@code http}; null for any
 * @param role          the peer's role: {@code client}, {@code server} or {@code any}
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapRelationship(
    @JsonProperty("protocol") String protocol,
    @JsonProperty("role") String role,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapRelationship {
    unknownFields = Copies.map(unknownFields);
  }

  /** Peers speaking {@code protocol} in {@code role} ({@code client}, {@code server} or {@code any}). */
  public static ActivityMapRelationship of(String protocol, String role) {
    return new ActivityMapRelationship(Validate.notBlank(protocol, "protocol"), Validate.notBlank(role, "role"), Map.of());
  }

  /** Peers speaking {@code protocol} in any role. */
  public static ActivityMapRelationship protocol(String protocol) {
    return of(protocol, "any");
  }
}
