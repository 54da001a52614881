package io.netobs.kentik.request;

import com.fasterxml.jackson.core.type.TypeReference;
import io.netobs.http.RequestBody;
import io.netobs.http.internal.Json;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.SavedFilter;
import java.util.LinkedHashMap;

/**
 * The new content of a saved filter. The Saved Filter API replaces the whole filter and requires
 * every field, so the usual way to change one is to start from the filter as read, with every field
 * the service sent (those this SDK does not know included), and change what you need:
 *
 * <pre>{@code
 * SavedFilter f = client.savedFilters().get(42);
 * client.savedFilters().update(f.id(), SavedFilterUpdate.builder().from(f).filterDescription("now with IPv6").build());
 * }</pre>
 */
public final class SavedFilterUpdate extends RequestBody {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private SavedFilterUpdate(Builder builder) {
    super(builder);
  }

  /** A builder for a saved filter's new content. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SavedFilterUpdate}. */
  public static final class Builder extends SavedFilterFields<Builder> {
    private Builder() {}

    /**
     * Takes every field of {@code filter} as the service sent it, those this SDK does not know
     * included; setters called afterwards change single fields.
     *
     * @throws IllegalArgumentException when its name or filters break the rules of their setters
     */
    public Builder from(SavedFilter filter) {
      Rules.required(filter, "filter");
      Json.mapper().convertValue(filter, MAP).forEach(this::set);
      if (filter.filterName() != null) {
        filterName(filter.filterName());
      }
      if (filter.filters() != null) {
        filters(filter.filters());
      }
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when {@code filter_name} or {@code filters} is missing: the
     *     API replaces the whole filter
     */
    public SavedFilterUpdate build() {
      require("SavedFilterUpdate", "filter_name", "filters");
      return new SavedFilterUpdate(this);
    }
  }
}
