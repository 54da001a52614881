package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A site of Kentik devices, as the Site API answers it ({@code {"site": {...}}}) and as a device
 * embeds it. The live API sends {@code id} as a number on reads and creates but as a string on
 * updates, and {@code company_id} as a number on reads but as a string on creates and updates; both
 * decode from either form.
 *
 * @param id the site's id
 * @param siteName the site's name
 * @param lat its latitude, or null when unset
 * @param lon its longitude, or null when unset
 * @param companyId the customer's id, as text (null inside some device answers)
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record KentikSite(
    long id,
    @JsonProperty("site_name") @Nullable String siteName,
    @Nullable Double lat,
    @Nullable Double lon,
    @JsonProperty("company_id") @Nullable String companyId,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public KentikSite {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
