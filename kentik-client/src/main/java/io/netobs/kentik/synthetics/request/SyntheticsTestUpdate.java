package io.netobs.kentik.synthetics.request;

import com.fasterxml.jackson.core.type.TypeReference;
import io.netobs.http.RequestBody;
import io.netobs.http.internal.Json;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.synthetics.model.SyntheticsTest;
import java.util.LinkedHashMap;

/**
 * The new content of a synthetic test. The gateway replaces the whole test, so the usual way is to
 * start from the test as read, every field the service sent kept (those this SDK does not know
 * included), and change what you need:
 *
 * <pre>{@code
 * SyntheticsTest t = client.synthetics().tests().get("1234");
 * client.synthetics().tests().update(t.id(), SyntheticsTestUpdate.builder().from(t).name("renamed").build());
 * }</pre>
 */
public final class SyntheticsTestUpdate extends RequestBody {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private SyntheticsTestUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for a {@link SyntheticsTestUpdate}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SyntheticsTestUpdate}. */
  public static final class Builder extends SyntheticsTestFields<Builder> {
    private Builder() {}

    /**
     * Takes every field of {@code test} as the service sent it, those this SDK does not know
     * included; setters called afterwards change single fields.
     *
     * @throws NullPointerException when it is null
     */
    public Builder from(SyntheticsTest test) {
      Rules.required(test, "test");
      Json.mapper().convertValue(test, MAP).forEach(this::field);
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when {@code name} or {@code type} is missing: the gateway
     *     replaces the whole test
     */
    public SyntheticsTestUpdate build() {
      require("SyntheticsTestUpdate", "name", "type");
      return new SyntheticsTestUpdate(this);
    }
  }
}
