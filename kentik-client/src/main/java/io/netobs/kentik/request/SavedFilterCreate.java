package io.netobs.kentik.request;

import io.netobs.http.RequestBody;

/**
 * A new company saved filter: its name and its filter groups, with an optional description.
 *
 * <pre>{@code
 * SavedFilterCreate rfc1918 = SavedFilterCreate.builder()
 *     .filterName("rfc1918")
 *     .filters(FilterSet.of("and", FilterGroup.of("or", false, Filter.of("inet_src_addr", "ILIKE", "10.0.0.0/8"))))
 *     .build();
 * }</pre>
 */
public final class SavedFilterCreate extends RequestBody {
  private SavedFilterCreate(Builder builder) {
    super(builder);
  }

  /** A builder for a new saved filter. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, for a variant. */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link SavedFilterCreate}. */
  public static final class Builder extends SavedFilterFields<Builder> {
    private Builder() {}

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when {@code filter_name} or {@code filters} is missing
     */
    public SavedFilterCreate build() {
      require("SavedFilterCreate", "filter_name", "filters");
      return new SavedFilterCreate(this);
    }
  }
}
