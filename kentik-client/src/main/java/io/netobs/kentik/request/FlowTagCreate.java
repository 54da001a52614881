package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * A new flow tag: its name and at least one match field. The Tag API's rules are checked as each
 * value is set and by {@link Builder#build()}, before anything is sent.
 *
 * <pre>{@code
 * FlowTagCreate web = FlowTagCreate.builder().flowTag("web_servers").addr("10.1.0.0/16").port("443").build();
 * }</pre>
 */
public final class FlowTagCreate extends RequestBody {
  private FlowTagCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a new flow tag. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link FlowTagCreate}. */
  public static final class Builder extends FlowTagFields<Builder> {
    private Builder() {}

    /**
     * Builds the request; match fields set blank are left out.
     *
     * @throws IllegalArgumentException when {@code flow_tag} is missing or no match field is set
     */
    public FlowTagCreate build() {
      require("FlowTagCreate", "flow_tag");
      requireMatchField(
          "a tag needs at least one match field besides flow_tag (addr, port, device_name, ...)");
      return new FlowTagCreate(this);
    }
  }
}
