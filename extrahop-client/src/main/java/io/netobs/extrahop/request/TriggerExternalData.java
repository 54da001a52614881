package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.Map;

/**
 * The body of {@code POST /triggers/externaldata}: data handed to the triggers that run on the
 * {@code EXTERNAL_DATA} event, which read the type and the body.
 */
public final class TriggerExternalData extends RequestBody {
  private TriggerExternalData(Builder builder) {
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

  /** Builds a {@link TriggerExternalData}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /** A type of the caller's choosing that triggers tell data apart by (not blank). */
    public Builder type(String type) {
      return set("type", Validate.notBlank(type, "type"));
    }

    /** The data, any JSON object. */
    public Builder body(Map<String, ?> body) {
      return set("body", Validate.map(body, "body"));
    }

    /** The body. */
    public TriggerExternalData build() {
      return new TriggerExternalData(this);
    }
  }
}
