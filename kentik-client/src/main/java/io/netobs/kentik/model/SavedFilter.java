package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A company saved filter. The Saved Filter API replaces the whole filter on update, so the usual way to
 * change one is to read it, change what you need and send it all back:
 *
 * <pre>{@code
 * SavedFilter f = client.savedFilters().get(42);
 * client.savedFilters().update(f.toBuilder().filterDescription("now with IPv6").build());
 * }</pre>
 *
 * Fields the portal adds for its own use are kept in {@code unknownFields} (on every level) and sent
 * back unchanged.
 *
 * @param id the filter's id; 0 for a filter not created yet
 * @param companyId the customer's id (a string on the wire)
 * @param filterName a unique name (required)
 * @param filterDescription an optional description
 * @param filterLevel {@code company}, {@code user} or {@code global}; the API manages company filters
 * @param filters the filter groups
 * @param cdate when it was created; null when the answer carried none
 * @param edate when it was last changed; null when the answer carried none
 * @param unknownFields fields this SDK does not know, kept and sent back on update
 */
public record SavedFilter(
    long id,
    @JsonProperty("company_id") String companyId,
    @JsonProperty("filter_name") String filterName,
    @JsonProperty("filter_description") String filterDescription,
    @JsonProperty("filter_level") String filterLevel,
    @JsonProperty("filters") FilterSet filters,
    @JsonProperty("cdate") Instant cdate,
    @JsonProperty("edate") Instant edate,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  public SavedFilter {
    unknownFields = Maps.unknown(unknownFields);
  }

  /** A builder for a new saved filter. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every field of this filter, unknown ones included. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.companyId = companyId;
    b.filterName = filterName;
    b.filterDescription = filterDescription;
    b.filterLevel = filterLevel;
    b.filters = filters;
    b.cdate = cdate;
    b.edate = edate;
    b.unknownFields.putAll(unknownFields);
    return b;
  }

  /** Builds a {@link SavedFilter}; the API's rules are checked when it is sent. */
  public static final class Builder {
    private long id;
    private String companyId;
    private String filterName;
    private String filterDescription;
    private String filterLevel;
    private FilterSet filters;
    private Instant cdate;
    private Instant edate;
    private final Map<String, Object> unknownFields = new LinkedHashMap<>();

    private Builder() {}

    /** The id of an existing filter, for an update. */
    public Builder id(long id) {
      this.id = id;
      return this;
    }

    public Builder filterName(String filterName) {
      this.filterName = filterName;
      return this;
    }

    public Builder filterDescription(String filterDescription) {
      this.filterDescription = filterDescription;
      return this;
    }

    public Builder filterLevel(String filterLevel) {
      this.filterLevel = filterLevel;
      return this;
    }

    public Builder filters(FilterSet filters) {
      this.filters = filters;
      return this;
    }

    /** Sets a field this SDK has no setter for; it is sent as given. */
    public Builder field(String name, Object value) {
      unknownFields.put(name, value);
      return this;
    }

    public SavedFilter build() {
      return new SavedFilter(id, companyId, filterName, filterDescription, filterLevel, filters, cdate, edate, unknownFields);
    }
  }
}
