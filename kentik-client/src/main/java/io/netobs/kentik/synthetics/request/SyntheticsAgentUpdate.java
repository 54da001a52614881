package io.netobs.kentik.synthetics.request;

import com.fasterxml.jackson.core.type.TypeReference;
import io.netobs.http.RequestBody;
import io.netobs.http.internal.Json;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.synthetics.model.SyntheticsAgent;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The new content of a synthetics agent. The gateway replaces the whole agent, so start from the
 * agent as read and change what you need:
 *
 * <pre>{@code
 * SyntheticsAgent a = client.synthetics().agents().get("42");
 * client.synthetics().agents().update(a.id(), SyntheticsAgentUpdate.builder().from(a).alias("edge-akl").build());
 * }</pre>
 */
public final class SyntheticsAgentUpdate extends RequestBody {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private SyntheticsAgentUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for a {@link SyntheticsAgentUpdate}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SyntheticsAgentUpdate}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * Takes every field of {@code agent} as the service sent it, those this SDK does not know
     * included; setters called afterwards change single fields.
     *
     * @throws NullPointerException when it is null
     */
    public Builder from(SyntheticsAgent agent) {
      Rules.required(agent, "agent");
      Json.mapper().convertValue(agent, MAP).forEach(this::field);
      return this;
    }

    /**
     * Sets {@code alias}, the agent's display name.
     *
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder alias(String alias) {
      return set("alias", Rules.requiredText(alias, "alias"));
    }

    /**
     * Sets {@code siteId}, the agent's site.
     *
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder siteId(String siteId) {
      return set("siteId", Rules.requiredText(siteId, "siteId"));
    }

    /**
     * Sets {@code labels}.
     *
     * @throws IllegalArgumentException when it is null or holds a blank label
     */
    public Builder labels(List<String> labels) {
      Rules.required(labels, "labels");
      Rules.noBlankElements(labels, "labels");
      return set("labels", List.copyOf(labels));
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when no field is set
     */
    public SyntheticsAgentUpdate build() {
      requireAny("SyntheticsAgentUpdate");
      return new SyntheticsAgentUpdate(this);
    }
  }
}
