package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A company saved filter as the API answers it. Create one with {@link
 * io.netobs.kentik.request.SavedFilterCreate}. The Saved Filter API replaces the whole filter on
 * update, so the usual way to change one is to read it, change what you need and send it all back:
 *
 * <pre>{@code
 * SavedFilter f = client.savedFilters().get(42);
 * client.savedFilters().update(f.id(), SavedFilterUpdate.builder().from(f).filterDescription("now with IPv6").build());
 * }</pre>
 *
 * Fields the portal adds for its own use are kept in {@code unknownFields} (on every level) and
 * sent back unchanged by {@link
 * io.netobs.kentik.request.SavedFilterUpdate.Builder#from(SavedFilter)}.
 *
 * @param id the filter's id; 0 for a filter not created yet
 * @param companyId the customer's id (a string on the wire)
 * @param filterName a unique name (required)
 * @param filterDescription an optional description
 * @param filterLevel {@code company}, {@code user} or {@code global}; the API manages company
 *     filters
 * @param filters the filter groups
 * @param cdate when it was created; null when the answer carried none
 * @param edate when it was last changed; null when the answer carried none
 * @param unknownFields fields this SDK does not know, kept and sent back on update
 */
public record SavedFilter(
    long id,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonProperty("filter_name") @Nullable String filterName,
    @JsonProperty("filter_description") @Nullable String filterDescription,
    @JsonProperty("filter_level") @Nullable String filterLevel,
    @JsonProperty("filters") @Nullable FilterSet filters,
    @JsonProperty("cdate") @Nullable Instant cdate,
    @JsonProperty("edate") @Nullable Instant edate,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public SavedFilter {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
