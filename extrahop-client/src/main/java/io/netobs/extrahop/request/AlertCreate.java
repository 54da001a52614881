package io.netobs.extrahop.request;

import io.netobs.extrahop.model.AlertType;
import io.netobs.http.RequestBody;
import java.util.List;

/**
 * The body of {@code POST /alerts}. Setters check the API's rules at once: severity 0 to 7, the
 * allowed interval lengths, a name that is not blank.
 */
public final class AlertCreate extends RequestBody {
  private AlertCreate(Builder builder) {
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

  /** Builds a {@link AlertCreate}. */
  public static final class Builder extends AlertFields<Builder> {
    private Builder() {}

    /**
     * The body.
     *
     * @throws IllegalArgumentException when {@code name}, {@code type}, {@code apply_all} is not
     *     set
     */
    public AlertCreate build() {
      require("AlertCreate", "name", "type", "apply_all");
      if (AlertType.THRESHOLD.equals(get("type"))) {
        for (String field : List.of("stat_name", "field_name", "operator", "operand")) {
          require("AlertCreate", field);
        }
      }
      return new AlertCreate(this);
    }
  }
}
