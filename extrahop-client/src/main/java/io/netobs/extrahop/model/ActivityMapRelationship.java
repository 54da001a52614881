package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Validate;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A protocol and a peer role that one step of an activity map walk follows.
 *
 * @param protocol the protocol, e.g. {@code http}; null for any
 * @param role the peer's role: {@code client}, {@code server} or {@code any}
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ActivityMapRelationship(
    @JsonProperty("protocol") @Nullable String protocol,
    @JsonProperty("role") @Nullable String role,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ActivityMapRelationship {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** A builder of a relationship to send in a walk step; the role is {@code any} unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this relationship's protocol and role, to build a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.protocol = protocol;
    b.role = role;
    return b;
  }

  /** Builds an {@link ActivityMapRelationship}. */
  public static final class Builder {
    private String protocol;
    private String role = "any";

    private Builder() {}

    /** The protocol, e.g. {@code http} (not blank, required). */
    public Builder protocol(String protocol) {
      this.protocol = Validate.notBlank(protocol, "protocol");
      return this;
    }

    /** The peer's role: {@code client}, {@code server} or {@code any} (the default). */
    public Builder role(String role) {
      this.role = Validate.notBlank(role, "role");
      return this;
    }

    /**
     * The relationship.
     *
     * @throws IllegalArgumentException when {@code protocol} is missing
     */
    public ActivityMapRelationship build() {
      Validate.notBlank(protocol, "protocol");
      return new ActivityMapRelationship(protocol, role, Map.of());
    }
  }
}
