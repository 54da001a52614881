package io.netobs.extrahop.request;

import io.netobs.http.RequestBody;
import java.util.List;

/** The body of {@code POST /triggers}. */
public final class TriggerCreate extends RequestBody {
  private TriggerCreate(Builder builder) {
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

  /** Builds a {@link TriggerCreate}. */
  public static final class Builder extends TriggerFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name}, {@code script}, {@code apply_all}, {@code
     *     debug}, {@code disabled} is not set, or neither {@code events} (with at least one event)
     *     nor the older {@code event}
     */
    public TriggerCreate build() {
      require("TriggerCreate", "name", "script", "apply_all", "debug", "disabled");
      if (get("event") == null) {
        require("TriggerCreate", "events");
        if (((List<?>) get("events")).isEmpty()) {
          throw new IllegalArgumentException("events must name at least one event");
        }
      }
      return new TriggerCreate(this);
    }
  }
}
